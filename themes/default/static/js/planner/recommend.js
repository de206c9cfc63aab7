// Turns the school's answers into recommended models. A rule in content/planner/rules.yml says what a model is
// for (the need it meets, whom it reaches); the model's own page says what it needs (requirements.js). A model is
// recommended only when a rule applies and every requirement is met; when a rule applies and only one or two of
// training, adult time and clinical support fall short, the model is "within reach", with each gap named.
import { capacity, gaps } from "./requirements.js";

/** At most this many unmet requirements for a model to be shown as within reach. */
export const MAX_GAPS = 2;

/** True when every condition of the rule holds for these answers; a rule with no conditions always applies. */
export function applies(rule, answers) {
  return rule.when.every((c) => c.is.includes(answers[c.question]));
}

/** Why a model cannot be within reach: its grades miss the school's, or a requirement's question is unanswered. */
function outOfReach(found) {
  return found.some((g) => g.kind === "grades" || g.have === undefined);
}

/**
 * Models recommended at tier 1 and tier 2, in the order their first matching rule appears, each with the
 * reasons of every rule that picked it; `within1` and `within2` are the models a rule picked whose requirements
 * the school misses by one or two, each with its `gaps`. `missing` lists profile questions still unanswered.
 * A model whose requirements are not in the data is never recommended.
 */
export function recommend(data, answers, limit = 4) {
  const school = capacity(answers);
  const models = new Map((data.models ?? []).map((m) => [m.model, m]));
  const byKey = new Map();
  for (const rule of data.rules) {
    if (!applies(rule, answers)) continue;
    const key = `${rule.tier}:${rule.model}`;
    if (!byKey.has(key)) {
      const requirements = models.get(rule.model);
      byKey.set(key, {
        model: rule.model, tier: rule.tier, title: rule.title, summary: rule.summary, url: rule.url, reasons: [],
        gaps: requirements ? gaps(requirements, school) : null,
      });
    }
    const entry = byKey.get(key);
    if (!entry.reasons.includes(rule.reason)) entry.reasons.push(rule.reason);
  }
  const all = [...byKey.values()];
  const fits = all.filter((m) => m.gaps !== null && m.gaps.length === 0);
  const near = all.filter((m) => m.gaps !== null && m.gaps.length > 0 && m.gaps.length <= MAX_GAPS && !outOfReach(m.gaps))
    .map((m, index) => ({ m, index }))
    .sort((a, b) => a.m.gaps.length - b.m.gaps.length || a.index - b.index)
    .map((x) => x.m);
  const missing = data.sections
    .filter((s) => s.group === "profile")
    .flatMap((s) => s.questions)
    .filter((q) => !q.options.some((o) => o.id === answers[q.id]))
    .map((q) => ({ id: q.id, text: q.text }));
  return {
    tier1: fits.filter((m) => m.tier === 1).slice(0, limit),
    tier2: fits.filter((m) => m.tier === 2).slice(0, limit),
    within1: near.filter((m) => m.tier === 1).slice(0, limit),
    within2: near.filter((m) => m.tier === 2).slice(0, limit),
    missing,
  };
}
