import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { bundle, bundlePath } from "./bundle.mjs";

test("the file:// bundle matches the modules (run node tests/planner-js/bundle.mjs after a change)", () => {
  assert.equal(readFileSync(bundlePath, "utf8"), bundle());
});
