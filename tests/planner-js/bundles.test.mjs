import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { bundles, bundleText, themeDir } from "../../themes/default/bundle.mjs";

for (const b of bundles) {
  test(`${b.output} is esbuild's bundle of ${b.entry} (run \`npm run bundle\` in themes/default after a change)`, async () => {
    const committed = readFileSync(path.join(themeDir, b.output), "utf8");
    assert.ok(committed === await bundleText(b), `${b.output} is stale: run \`npm run bundle\` in themes/default and commit the result`);
  });
}
