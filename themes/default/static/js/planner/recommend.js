// Turns the school's answers into recommended models, using the rules written in content/planner/rules.yml.

/** True when every condition of the rule holds for these answers; a rule with no conditions always applies. */
export function applies(rule, answers) {
  return rule.when.every((c) => c.is.includes(answers[c.question]));
}

/**
 * Models recommended at tier 1 and tier 2, in the order their first matching rule appears, each with the
 * reasons of every rule that picked it. `missing` lists profile questions still unanswered.
 */
export function recommend(data, answers, limit = 4) {
  const byKey = new Map();
  for (const rule of data.rules) {
    if (!applies(rule, answers)) continue;
    const key = `${rule.tier}:${rule.model}`;
    if (!byKey.has(key)) byKey.set(key, { model: rule.model, tier: rule.tier, title: rule.title, summary: rule.summary, url: rule.url, reasons: [] });
    const entry = byKey.get(key);
    if (!entry.reasons.includes(rule.reason)) entry.reasons.push(rule.reason);
  }
  const all = [...byKey.values()];
  const missing = data.sections
    .filter((s) => s.group === "profile")
    .flatMap((s) => s.questions)
    .filter((q) => !q.options.some((o) => o.id === answers[q.id]))
    .map((q) => ({ id: q.id, text: q.text }));
  return {
    tier1: all.filter((m) => m.tier === 1).slice(0, limit),
    tier2: all.filter((m) => m.tier === 2).slice(0, limit),
    missing,
  };
}
