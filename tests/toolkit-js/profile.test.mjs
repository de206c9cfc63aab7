// The school profile's saved form (themes/default/src/toolkit-profile.js): what is kept, and what is refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { KEYS, FORMAT, clean, toStored, readStored, toExport, readImport, ProfileError } from "../../themes/default/src/toolkit-profile.js";

const school = {
  school_name: "Lincoln Middle School", program_name: "Peer Connect", adult_advisor: "Ms. Rivera",
  district_policy_url: "https://district.example.org/policy",
};

test("the profile keeps the ten placeholders of the build, in its order", () => {
  assert.deepEqual(KEYS, [
    "school_name", "program_name", "adult_advisor", "adult_advisor_contact", "counselor", "counselor_contact",
    "meeting_place", "after_hours", "local_crisis", "district_policy_url",
  ]);
});

test("clean keeps known keys as trimmed text and drops the rest", () => {
  assert.deepEqual(clean({ ...school, student_name: "Sam", counselor: 42, meeting_place: "   ", after_hours: "  call\n 988 " }),
    { ...school, after_hours: "call 988" });
  assert.equal(clean({ school_name: "x".repeat(500) }).school_name.length, 200);
  assert.deepEqual(clean(null), {});
  assert.deepEqual(clean(["school_name"]), {});
});

test("a district link that is not http(s) is not kept", () => {
  assert.deepEqual(clean({ district_policy_url: "javascript:alert(1)" }), {});
  assert.deepEqual(clean({ district_policy_url: "HTTP://district.example.org" }), { district_policy_url: "HTTP://district.example.org" });
});

test("what is stored reads back, and anything unreadable reads as no profile", () => {
  assert.deepEqual(readStored(toStored(school)), school);
  assert.deepEqual(readStored(null), {});
  assert.deepEqual(readStored("{not json"), {});
  assert.deepEqual(readStored(JSON.stringify({ schema: 99, profile: school })), {});
});

test("an export imports again; a file that is not a profile is refused", () => {
  const file = JSON.stringify(toExport(school, new Date("2026-12-05T00:00:00Z")));
  assert.equal(JSON.parse(file).format, FORMAT);
  assert.equal(JSON.parse(file).exported, "2026-12-05T00:00:00.000Z");
  assert.deepEqual(readImport(file), school);
  for (const bad of ["not json", "[]", JSON.stringify({ format: "peerhub-planner", answers: {} }),
    JSON.stringify({ format: FORMAT, schema: 2, profile: school }), JSON.stringify({ format: FORMAT, profile: "x" }), "x".repeat(200_000)]) {
    assert.throws(() => readImport(bad), ProfileError, bad.slice(0, 40));
  }
});
