// The school toolkit. On every template: fills each placeholder (<span class="ph" data-ph="school_name">) with the
// school's details from the profile kept in this browser, or leaves its write-in blank, and shows a "Print" button.
// On /toolkit/profile/: the profile form, with save, export and import of a JSON file, and delete. Nothing is sent
// anywhere. Built by esbuild (`npm run bundle`) into static/js/toolkit.js; its words come from the page
// (<script type="application/json" id="toolkit-strings">, the theme's toolkit.js strings in the page's language).
import { el, replace } from "../static/js/dom.js";
import { openStorage } from "../static/js/storage.js";
import { STORAGE_KEY, ProfileError, toStored, readStored, toExport, readImport, clean } from "./toolkit-profile.js";

const root = document.documentElement;
const words = readWords();

function readWords() {
  const node = document.getElementById("toolkit-strings");
  try { return node ? JSON.parse(node.textContent) : {}; } catch { return {}; }
}

function say(key, values = {}) {
  let text = words[key] || key;
  for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(value);
  return text;
}

const { store, persistent } = openStorage(STORAGE_KEY, { probeWrite: true });
let profile = readStored(store.getItem(STORAGE_KEY));

/** Writes the profile's values into every placeholder of the page; one with no value shows its blank again. */
function fillPlaceholders() {
  for (const slot of document.querySelectorAll(".ph[data-ph]")) {
    if (!slot.dataset.blank) slot.dataset.blank = slot.textContent;
    const value = profile[slot.dataset.ph];
    if (value) {
      slot.textContent = value;
      slot.classList.add("is-filled");
    } else if (slot.classList.contains("is-filled")) {
      // Restores the blank's word inside its own element, as the build wrote it.
      const isSvg = slot.namespaceURI === "http://www.w3.org/2000/svg";
      const blank = isSvg ? document.createElementNS(slot.namespaceURI, "tspan") : document.createElement("span");
      blank.setAttribute("class", "ph-blank");
      blank.textContent = slot.dataset.blank;
      slot.replaceChildren(blank);
      slot.classList.remove("is-filled");
    }
  }
}

function startTemplate(page) {
  const status = page.querySelector("[data-toolkit-status]");
  if (status) status.textContent = Object.keys(profile).length > 0 ? say("filled") : say("empty");
  for (const button of page.querySelectorAll("[data-toolkit-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
}

function startProfile(form) {
  const status = document.querySelector("[data-toolkit-status]");
  const alert = document.querySelector("[data-toolkit-alert]");
  const confirmBox = document.querySelector("[data-toolkit-confirm]");
  const importFile = form.querySelector("[data-toolkit-import-file]");
  const fields = [...form.querySelectorAll("[data-ph-field]")];
  const tell = (text) => { if (alert) alert.textContent = ""; if (status) status.textContent = text; };
  const warn = (text) => { if (alert) alert.textContent = text; };

  function show() {
    for (const field of fields) field.value = profile[field.dataset.phField] || "";
  }

  function save(next) {
    profile = clean(next);
    store.setItem(STORAGE_KEY, toStored(profile));
    show();
    fillPlaceholders();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(fields.map((f) => [f.dataset.phField, f.value]));
    const url = (values.district_policy_url || "").trim();
    save(values);
    tell(say("saved") + (persistent ? "" : " " + say("storage_off")));
    if (url && !profile.district_policy_url) warn(say("url_warning"));
    root.dataset.toolkitSaved = String(Number(root.dataset.toolkitSaved || 0) + 1);
  });

  form.querySelector("[data-toolkit-export]").addEventListener("click", () => {
    const blob = new Blob([JSON.stringify(toExport(profile), null, 2) + "\n"], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: `peerhub-school-profile-${new Date().toISOString().slice(0, 10)}.json`, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    tell(say("exported"));
  });

  form.querySelector("[data-toolkit-import]").addEventListener("click", () => importFile.click());
  importFile.addEventListener("change", () => {
    const file = importFile.files && importFile.files[0];
    importFile.value = "";
    if (!file) return;
    file.text().then((text) => {
      try {
        save(readImport(text));
        tell(say("imported", { file: file.name }));
      } catch (e) {
        if (!(e instanceof ProfileError)) throw e;
        if (status) status.textContent = "";
        warn(say("import_failed"));
      }
      root.dataset.toolkitImport = String(Number(root.dataset.toolkitImport || 0) + 1);
    });
  });

  form.querySelector("[data-toolkit-reset]").addEventListener("click", () => {
    const close = (message) => { confirmBox.hidden = true; replace(confirmBox); tell(message); };
    replace(confirmBox,
      el("p", {}, el("strong", {}, say("reset_confirm"))),
      el("div", { className: "tk-buttons" },
        el("button", { type: "button", className: "danger", onclick: () => { store.removeItem(STORAGE_KEY); save({}); close(say("reset_done")); } }, say("reset_yes")),
        el("button", { type: "button", className: "secondary", onclick: () => close(say("reset_cancelled")) }, say("cancel"))));
    confirmBox.hidden = false;
    confirmBox.querySelector("button").focus();
  });

  show();
  form.hidden = false;
  for (const note of document.querySelectorAll("[data-toolkit-needs-js]")) note.hidden = true;
  if (!persistent) tell(say("storage_off"));
}

fillPlaceholders();
const page = document.querySelector("[data-toolkit]");
if (page) startTemplate(page);
const form = document.querySelector("[data-toolkit-profile]");
if (form) startProfile(form);
// Another tab saving the profile updates this one's placeholders.
window.addEventListener("storage", (event) => {
  if (event.key !== STORAGE_KEY) return;
  profile = readStored(event.newValue);
  fillPlaceholders();
});
root.dataset.toolkitReady = "true";
