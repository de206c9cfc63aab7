// The repository's real planner content, read in node the way the build hands it to the planner: the profile
// questions (content/planner/sections.yml), the rules (rules.yml) and each model's requirements (content/models/*.md).
// A reader for the plain subset those files are written in, not YAML; it throws on anything it does not expect.
import { readFileSync, readdirSync } from "node:fs";

const content = new URL("../../content/", import.meta.url);
const read = (path) => readFileSync(new URL(path, content), "utf8");

/** The profile section's questions, each with its options, as { id, options: [{ id, label }] }. */
export function profileQuestions() {
  const text = read("planner/sections.yml");
  const profile = text.split(/\n- id: /)[1];
  if (!/\n  group: profile\n/.test(profile)) throw new Error("sections.yml: the first section is not the profile");
  const questions = [];
  for (const line of profile.split("\n")) {
    const q = /^    - id: ([a-z0-9-]+)$/.exec(line);
    if (q) { questions.push({ id: q[1], options: [] }); continue; }
    const o = /^        - id: ([a-z0-9-]+)$/.exec(line);
    if (o) questions.at(-1).options.push({ id: o[1] });
    const l = /^          label: (.+)$/.exec(line);
    if (l) questions.at(-1).options.at(-1).label = l[1];
  }
  return questions;
}

/** The rules, each as { model, tier, when: [{ question, is }], reason }. */
export function rules(file = "planner/rules.yml") {
  return read(file).split(/\n- model: /).slice(1).map((block) => {
    const [model, ...lines] = block.split("\n");
    const rule = { model: model.trim(), tier: 0, when: [], reason: "" };
    for (const line of lines) {
      const c = /^    - \{ question: ([a-z0-9-]+), is: \[([a-z0-9, -]+)\] \}$/.exec(line);
      if (c) rule.when.push({ question: c[1], is: c[2].split(",").map((x) => x.trim()) });
      else if (/^  tier: \d$/.test(line)) rule.tier = Number(line.split(":")[1]);
      else if (line.startsWith("  reason: ")) rule.reason = line.slice(10);
      else if (!/^  when:( \[\])?$/.test(line) && !/^\s*(#.*)?$/.test(line)) throw new Error(`rules.yml: cannot read ${JSON.stringify(line)}`);
    }
    return rule;
  });
}

/** One model's requirements from its front matter, in the shape of the planner data's `models`. */
export function model(slug) {
  const front = read(`models/${slug}.md`).split("\n---\n")[0];
  const field = (name) => {
    const m = new RegExp(`^${name}: ?(.*)$`, "m").exec(front);
    if (!m) throw new Error(`models/${slug}.md has no ${name}`);
    return m[1].trim();
  };
  const nested = (name, key) => {
    const m = new RegExp(`^${name}:\\n(?:  .*\\n)*?  ${key}: ([0-9.]+)$`, "m").exec(front + "\n");
    if (!m) throw new Error(`models/${slug}.md has no ${name}.${key}`);
    return Number(m[1]);
  };
  return {
    model: slug, title: field("title"), trainingMin: nested("training_hours", "min"), trainingMax: nested("training_hours", "max"),
    clinicalSupport: field("clinical_support"), adultHoursMin: nested("adult_hours_per_week", "min"),
    adultHoursMax: nested("adult_hours_per_week", "max"), gradesFrom: nested("grades", "from"), gradesTo: nested("grades", "to"),
  };
}

/** Every model in content/models/. */
export function models() {
  return readdirSync(new URL("models/", content)).filter((f) => /^[a-z0-9-]+\.md$/.test(f)).map((f) => model(f.slice(0, -3)));
}

/** Planner data as the build writes it, for the profile questions and the rules (rated sections are left out). */
export function plannerData() {
  const ruleList = rules().map((r) => ({ ...r, title: r.model, url: `../models/${r.model}/` }));
  const all = models();
  return {
    format: 2,
    sections: [{ id: "school", title: "About your school", group: "profile", links: [], actions: [],
      questions: profileQuestions().map((q) => ({ ...q, text: q.id, rated: false, links: [] })) }],
    rules: ruleList,
    models: [...new Set(ruleList.map((r) => r.model))].map((slug) => all.find((m) => m.model === slug)),
  };
}

/** The rating scale (content/planner/scale.yml) as options { id, label, score? }. */
export function scale() {
  const options = [];
  for (const line of read("planner/scale.yml").split("\n")) {
    const id = /^- id: ([a-z0-9-]+)$/.exec(line);
    if (id) { options.push({ id: id[1] }); continue; }
    const field = /^  (label|score): (.+)$/.exec(line);
    if (field) options.at(-1)[field[1]] = field[1] === "score" ? Number(field[2]) : field[2];
  }
  return options;
}

/**
 * Every section of content/planner/sections.yml with its id, title, group, NAPPP standard, SHAPE domain, actions and
 * questions (rated ones on the scale), in the shape of the planner data's `sections`.
 */
export function sections() {
  const options = scale();
  return read("planner/sections.yml").split(/\n- id: /).slice(1).map((block) => {
    const [id, ...lines] = block.split("\n");
    const section = { id: id.trim(), title: "", group: "", links: [], actions: [], questions: [] };
    let inActions = false;
    for (const line of lines) {
      const top = /^  (title|group|nappp|shape): (.+)$/.exec(line);
      if (top) { section[top[1]] = top[2]; inActions = false; continue; }
      if (/^  actions:$/.test(line)) { inActions = true; continue; }
      if (/^  [a-z]+:/.test(line)) inActions = false;
      const action = /^    - (.+)$/.exec(line);
      if (inActions && action) { section.actions.push(action[1]); continue; }
      const q = /^    - id: ([a-z0-9-]+)$/.exec(line);
      if (q) { section.questions.push({ id: q[1], text: q[1], rated: section.group !== "profile", links: [], options: [] }); continue; }
      const o = /^        - id: ([a-z0-9-]+)$/.exec(line);
      if (o) section.questions.at(-1).options.push({ id: o[1], label: o[1] });
    }
    for (const question of section.questions) if (question.rated) question.options = options;
    return section;
  });
}
