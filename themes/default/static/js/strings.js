// The interface's words in the page's language, for every script: site.js, search, the pack builder and the planner.
// The build writes the theme's `js` strings (strings/<language>.yml) once per language as js/ui-strings.<language>.js,
// which every page loads before its other scripts (baseof.html) and which sets self.peerhubStrings; the browser and
// the service worker keep it, so pages do not each carry a copy. Keys are read without the `js.` prefix:
// t("search.no_results"). The planner loads this file as a module (js/planner/*.js import it); search.js,
// pack-builder.js and site.js have it bundled in (see bundle.mjs).

let table = null;

/** Uses these strings instead of the page's (node tests, which have no page, load strings/en.yml with it). */
export function useStrings(strings) {
  table = strings;
}

function strings() {
  if (table === null) {
    const loaded = typeof self === "undefined" ? undefined : self.peerhubStrings;
    table = loaded !== null && typeof loaded === "object" ? loaded : {};
  }
  return table;
}

/** The page's language, as <html lang> names it ("en", "es"), for Intl. */
export function lang() {
  return (typeof document !== "undefined" && document.documentElement.lang) || "en";
}

/** True when the strings have this key. */
export function has(key) {
  return Object.prototype.hasOwnProperty.call(strings(), key);
}

/**
 * The string for a key with its {name} placeholders filled in from `values`; the key itself when there is no such
 * string, so a missing one shows instead of silently reading as nothing.
 */
export function t(key, values) {
  const text = has(key) ? strings()[key] : key;
  return values ? text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole)) : text;
}

/** A count's string: the key's `.one` form for exactly one, else `.other`; {count} is the number, as the language writes it. */
export function plural(key, count, values) {
  return t(`${key}.${count === 1 ? "one" : "other"}`, { ...values, count: number(count) });
}

/**
 * A string whose placeholders may be elements: the text split at each {name}, with the value put in its place, as
 * a list of strings and nodes for el() and append() (dom.js).
 */
export function parts(key, values) {
  return t(key).split(/(\{\w+\})/).filter((piece) => piece !== "").map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && name in values ? values[name] : piece;
  });
}

/** A number as the page's language writes it. */
export function number(value, options) {
  return Number(value).toLocaleString(lang(), options);
}
