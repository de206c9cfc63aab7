// The element builder shared by search, the pack builder and the planner. Text always goes in as text nodes,
// never as HTML, so content cannot inject markup. The planner loads this file as a module (js/planner/*.js import
// it); search.js and pack-builder.js have it bundled in (see bundle.mjs).

/** Properties set as properties, not attributes, so they act on an element that already has the attribute's default. */
const PROPERTIES = new Set(["className", "hidden", "checked", "disabled", "value"]);

/**
 * Creates an element. Attributes that are null, undefined or false are left out; `text` sets the text; `class`
 * and `className` set the class; keys starting with "on" with a function add listeners ("onclick"); `hidden`,
 * `checked`, `disabled` and `value` are set as properties; everything else as an attribute (true as "").
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (PROPERTIES.has(key)) node[key] = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  return append(node, children);
}

/** Appends children: nodes as they are, strings and numbers as text, arrays flattened, null, undefined and false skipped. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces an element's children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}
