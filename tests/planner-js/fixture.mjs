// A small planner data set in the shape the generator emits, for the unit tests.
import { useLanguage } from "./strings.mjs";

// The planner's messages as an English page shows them (themes/default/strings/en.yml).
useLanguage("en");

const scale = [
  { id: "not-yet", label: "Not yet", score: 0 },
  { id: "taking-steps", label: "Taking steps", score: 1 },
  { id: "good-progress", label: "Good progress", score: 2 },
  { id: "close", label: "We're close", score: 3 },
  { id: "dont-know", label: "I don't know" },
];
const rated = (id) => ({ id, text: id, rated: true, options: scale, links: [] });

export const data = {
  format: 2,
  sections: [
    { id: "school", title: "About your school", group: "profile", links: [], actions: [], questions: [
      { id: "need", text: "Need?", rated: false, links: [], options: [{ id: "stress", label: "Stress" }, { id: "conflict", label: "Conflict" }] },
      { id: "staff", text: "Staff?", rated: false, links: [], options: [{ id: "low", label: "Low" }, { id: "high", label: "High" }] },
    ] },
    { id: "why", title: "Design your why", group: "why", links: [{ title: "Getting started", url: "../getting-started/" }], actions: ["Write the why"], questions: [rated("w1"), rated("w2")] },
    { id: "staffing", title: "Staffing", group: "element", links: [{ title: "Staffing", url: "../elements/staffing/" }], actions: ["Name a lead"],
      questions: [rated("s1"), { ...rated("s2"), links: [{ title: "Staffing", url: "../elements/staffing/" }, { title: "Strong", url: "../strong-programs/" }] }] },
    { id: "funding", title: "Funding", group: "element", links: [], actions: ["Cost it"], questions: [rated("f1")] },
    { id: "evaluation", title: "Evaluation", group: "element", links: [], actions: [], questions: [rated("e1")] },
  ],
  rules: [
    { model: "wellness-peers", tier: 1, title: "Wellness peers", url: "../models/wellness-peers/", when: [{ question: "need", is: ["stress"] }], reason: "Stress is common." },
    { model: "peer-mediation", tier: 2, title: "Peer mediation", url: "../models/peer-mediation/", when: [{ question: "need", is: ["conflict"] }], reason: "Conflict." },
    { model: "peer-mentoring", tier: 2, title: "Peer mentoring", url: "../models/peer-mentoring/", when: [{ question: "staff", is: ["high"] }], reason: "Staff time." },
    { model: "wellness-peers", tier: 1, title: "Wellness peers", url: "../models/wellness-peers/", when: [{ question: "staff", is: ["low"] }], reason: "Light on staff." },
    { model: "mental-health-clubs", tier: 1, title: "Clubs", url: "../models/mental-health-clubs/", when: [], reason: "Always a start." },
  ],
  // Requirements any school meets (the fixture's profile asks nothing about capacity); requirements.test.mjs tests them.
  models: ["wellness-peers", "peer-mediation", "peer-mentoring", "mental-health-clubs"].map((model) => ({
    model, title: model, trainingMin: 0, trainingMax: 2, clinicalSupport: "none", adultHoursMin: 0, adultHoursMax: 1, gradesFrom: 0, gradesTo: 12,
  })),
};
