// The school profile's saved form: what localStorage and an export file hold, and the checks on anything read back.
// No DOM here, so node can test it. The profile holds the school's details only, never a student's.

export const STORAGE_KEY = "peerhub.toolkit.profile";
export const FORMAT = "peerhub-school-profile";
export const SCHEMA = 1;
export const MAX_TEXT = 200;
const MAX_FILE_BYTES = 100_000;

/** The placeholders a profile may fill, as the build writes them into templates (`data-ph`). */
export const KEYS = [
  "school_name", "program_name", "adult_advisor", "adult_advisor_contact", "counselor", "counselor_contact",
  "meeting_place", "after_hours", "local_crisis", "district_policy_url",
];

/** An error whose message is meant for the person using the page. */
export class ProfileError extends Error {}

function isObject(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Only the known keys, each a trimmed string of at most MAX_TEXT characters; empty values are left out. */
export function clean(values) {
  const profile = {};
  if (!isObject(values)) return profile;
  for (const key of KEYS) {
    const value = values[key];
    if (typeof value !== "string") continue;
    const text = value.replace(/\s+/g, " ").trim().slice(0, MAX_TEXT);
    if (text) profile[key] = text;
  }
  // A link that is not http(s) is not kept: the profile prints it, and a "javascript:" address is no address.
  if (profile.district_policy_url && !/^https?:\/\//i.test(profile.district_policy_url)) delete profile.district_policy_url;
  return profile;
}

/** What localStorage holds for a profile. */
export function toStored(profile) {
  return JSON.stringify({ schema: SCHEMA, profile: clean(profile) });
}

/** The profile in localStorage's text; an empty profile when there is none or it cannot be read. */
export function readStored(text) {
  if (!text) return {};
  try {
    const raw = JSON.parse(text);
    return isObject(raw) && raw.schema === SCHEMA ? clean(raw.profile) : {};
  } catch {
    return {};
  }
}

/** What an export file holds: the profile plus a format marker, so a foreign file can be told apart. */
export function toExport(profile, now = new Date()) {
  return { format: FORMAT, schema: SCHEMA, exported: now.toISOString(), profile: clean(profile) };
}

/** The profile in an imported file's text; throws ProfileError when the file is not a school profile. */
export function readImport(text) {
  if (typeof text !== "string" || text.length > MAX_FILE_BYTES) throw new ProfileError("too large");
  let raw;
  try { raw = JSON.parse(text); } catch { throw new ProfileError("not JSON"); }
  if (!isObject(raw) || raw.format !== FORMAT || !isObject(raw.profile)) throw new ProfileError("not a school profile");
  if (typeof raw.schema === "number" && raw.schema > SCHEMA) throw new ProfileError("made by a newer version");
  return clean(raw.profile);
}
