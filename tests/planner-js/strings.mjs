// The theme's script strings (the `js` part of themes/default/strings/<language>.yml) for tests run in node, where no
// page carries them: the planner's modules then say what a page in that language says. A reader for the plain subset
// those files are written in (nested keys, plain, "double" and 'single' quoted one-line values, comments), not YAML.
import { readFileSync } from "node:fs";
import { useStrings } from "../../themes/default/static/js/strings.js";

export function loadStrings(language = "en") {
  const text = readFileSync(new URL(`../../themes/default/strings/${language}.yml`, import.meta.url), "utf8");
  const strings = {};
  const path = [];
  let inside = false;
  for (const line of text.split("\n")) {
    if (/^\s*(#|$)/.test(line)) continue;
    const match = /^( *)([A-Za-z0-9_]+):(?: (.*))?$/.exec(line);
    if (!match) throw new Error(`strings/${language}.yml: cannot read the line ${JSON.stringify(line)}`);
    const depth = match[1].length / 2;
    if (depth === 0) {
      inside = match[2] === "js";
      continue;
    }
    if (!inside) continue;
    path.length = depth - 1;
    const value = (match[3] ?? "").trim();
    if (value === "") {
      path.push(match[2]);
      continue;
    }
    strings[[...path, match[2]].join(".")] = value.startsWith('"') ? JSON.parse(value)
      : value.startsWith("'") ? value.slice(1, -1).replace(/''/g, "'") : value;
  }
  return strings;
}

/** Makes the modules use a language's strings, English unless told. */
export function useLanguage(language = "en") {
  useStrings(loadStrings(language));
}
