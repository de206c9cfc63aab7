using PeerHub.Search;

namespace PeerHub.Tests.Search;

/// <summary>
/// A small, realistic hub: ~40 peer-support pages with titles, bodies and tag lists, written to
/// exercise lunr's text handling: non-ASCII words (café, naïve, señor, İstanbul, Greek final sigma),
/// hyphens, numbers, punctuation-only tokens, stop words, integer-like refs and document boosts.
/// </summary>
internal static class PeerSupportCorpus
{
    public static readonly SearchField[] Fields =
    [
        new("title", 10),
        new("body"),
        new("tags", 5),
    ];

    private static SearchDocument Doc(string docRef, string title, string body, string[]? tags = null, double boost = 1)
    {
        var fields = new Dictionary<string, SearchValue> { ["title"] = title, ["body"] = body };
        if (tags is not null)
        {
            fields["tags"] = tags;
        }

        return new SearchDocument(docRef, fields, boost);
    }

    public static IReadOnlyList<SearchDocument> Documents { get; } =
    [
        Doc("/guides/peer-mentoring/", "Peer mentoring", "Peer mentoring pairs a young person with a trained peer mentor. Mentors listen, plan small goals together, and know when to refer on. A good mentor is reliable, patient and non-judgemental.", ["mentoring", "peer support", "getting started"], 2),
        Doc("/guides/red-flags/", "Red flags: when to get help", "Red flags include talk of self-harm, sudden withdrawal, giving away belongings, or a plan to hurt someone. If you notice red flags, tell your supervisor the same day - don't wait!", ["safeguarding", "red flags", "urgent"], 2),
        Doc("/guides/confidentiality/", "Confidentiality and its limits", "Confidentiality means what is shared stays between you and the young person... except when someone is at risk. Explain the limits of confidentiality at the first meeting, not after a disclosure.", ["confidentiality", "safeguarding"]),
        Doc("/guides/tier-2-mentoring/", "Tier 2 mentoring", "Tier 2 (targeted) mentoring is for young people who need more than universal, tier-1 support but not specialist tier-3 services. Sessions run weekly for 8-12 weeks.", ["mentoring", "tier 2", "targeted"]),
        Doc("/guides/restorative-circles/", "Restorative circles", "Restorative circles bring people together after harm. Everyone speaks in turn, holding a talking piece; the facilitator asks: What happened? Who was affected? What needs to happen now?", ["restorative practice", "circles", "conflict"]),
        Doc("/guides/mindfulness/", "Mindfulness for mentors", "Mindfulness is paying attention, on purpose, to the present moment. Try a three-minute breathing space before each session: notice, gather, expand.", ["mindfulness", "wellbeing", "self-care"]),
        Doc("/guides/active-listening/", "Active listening", "Active listening: reflect back, summarise, ask open questions. Avoid 'why' questions, which can feel accusing. Silence is OK — give people time.", ["listening", "skills"]),
        Doc("/guides/boundaries/", "Boundaries", "Healthy boundaries protect mentors and mentees. Don't share personal phone numbers; meet in public places; end sessions on time (50-60 minutes).", ["boundaries", "safeguarding"]),
        Doc("/guides/cafe-meetups/", "Café meet-ups", "A café is a relaxed, public place to meet. Choose a quiet café, sit where you can both see the door, and let the mentee choose the drink. Café culture varies: a señor at the counter may ask for your name.", ["café", "meetings", "public places"]),
        Doc("/guides/naive-questions/", "No naïve questions", "There is no such thing as a naïve question. Naïve, naive, NAÏVE: all welcome. Mentees often ask what mentors think is obvious.", ["questions", "naïve"]),
        Doc("/guides/planning-sessions/", "Planning sessions", "Plan each session around one goal. Planning helps, but plans change: a planned activity can wait if the mentee needs to talk. Planners and planning templates are in the toolkit.", ["planning", "sessions"]),
        Doc("/guides/goal-setting/", "Goal setting with SMART goals", "SMART goals are Specific, Measurable, Achievable, Relevant and Time-bound. Write goals in the mentee's own words. Review progress every 4 weeks.", ["goals", "planning"]),
        Doc("/guides/safeguarding-basics/", "Safeguarding basics", "Safeguarding is everyone's responsibility. Record concerns factually: who, what, when, where. Report to the designated safeguarding lead (DSL) within 24 hours.", ["safeguarding", "reporting"], 1.5),
        Doc("/guides/self-care/", "Self-care for peer supporters", "Supporting others is rewarding and tiring. Self-care isn't selfish: sleep, movement, time with friends. Use supervision to offload.", ["self-care", "wellbeing"]),
        Doc("/guides/supervision/", "Supervision", "Supervision is a regular, confidential space to reflect on your mentoring. Bring questions, worries and wins. Supervisors don't judge; they support.", ["supervision", "reflection"]),
        Doc("/guides/ending-well/", "Ending a mentoring relationship well", "Endings matter. Plan the ending from the start; count down the last 3 sessions; celebrate progress and say a proper goodbye.", ["endings", "mentoring"]),
        Doc("/guides/online-safety/", "Online safety", "Online: use approved platforms only. Never add mentees on personal social media. Screenshots of worrying messages should go to the DSL, not be forwarded.", ["online", "safeguarding", "social media"]),
        Doc("/guides/group-work/", "Group work and peer groups", "Peer groups of 6–8 young people work well. Agree ground rules together: respect, confidentiality, one voice at a time, right to pass.", ["groups", "peer support"]),
        Doc("/guides/anxiety/", "Supporting someone with anxiety", "Anxiety is common. Grounding (5-4-3-2-1: five things you see, four you hear...) helps in the moment. Encourage, don't force; signpost to a GP or counsellor if it persists.", ["anxiety", "mental health", "grounding"]),
        Doc("/guides/low-mood/", "Low mood and depression", "Low mood that lasts more than two weeks may be depression. Listen without fixing. Ask directly about suicidal thoughts: asking does NOT plant the idea.", ["depression", "mental health", "red flags"]),
        Doc("/guides/bullying/", "Bullying and cyber-bullying", "Bullying is repeated, intentional hurt. Cyber-bullying follows young people home. Keep evidence; report it; restorative approaches can repair harm.", ["bullying", "online", "restorative practice"]),
        Doc("/guides/exam-stress/", "Exam stress", "Exam stress peaks in May–June. Break revision into 25-minute blocks (the pomodoro technique). Sleep beats all-night cramming.", ["exams", "stress", "wellbeing"]),
        Doc("/guides/lgbtq-support/", "LGBTQ+ young people", "LGBTQ+ young people face higher rates of bullying. Use the names and pronouns people ask for. Never 'out' someone: that's their information to share.", ["lgbtq+", "inclusion"]),
        Doc("/guides/neurodiversity/", "Neurodiversity", "Autistic and ADHD mentees may prefer clear plans, written summaries and quieter places. Ask what works; don't assume.", ["neurodiversity", "inclusion", "adhd"]),
        Doc("/guides/language-access/", "Language and interpreters", "Some families speak Spanish, Turkish or Greek at home. ¿Qué tal? ΟΔΥΣΣΕΥΣ and ΣΟΦΙΑΣ show Greek capitals. An interpreter from İstanbul or Ankara can help; never use a child to interpret.", ["language", "interpreters", "inclusion"]),
        Doc("/guides/disclosures/", "Handling disclosures", "If a young person discloses abuse: stay calm, listen, don't promise secrecy, don't investigate. Write down their words verbatim and report to the DSL immediately.", ["disclosure", "safeguarding", "red flags"], 2),
        Doc("/guides/recording/", "Recording sessions", "Session notes: date, duration, goals discussed, actions agreed. Keep notes factual, short, and stored securely (GDPR).", ["recording", "gdpr"]),
        Doc("/guides/risk-assessment/", "Risk assessment", "Before an outing, complete a risk assessment: hazards, who might be harmed, controls. Low/medium/high ratings guide decisions.", ["risk", "planning"]),
        Doc("/guides/training/", "Mentor training pathway", "Training: level 1 (induction, 6 hours), level 2 (safeguarding & confidentiality), level 3 (restorative circles). Certificates are issued on completion.", ["training", "levels"]),
        Doc("/guides/faq/", "FAQ", "Q: Can I text my mentee? A: Only via the approved app. Q: What if they cancel? A: Follow up once, then tell your supervisor. Q: Is it OK to say \"I don't know\"? A: Yes!", ["faq"]),
        Doc("/guides/glossary/", "Glossary", "DSL — designated safeguarding lead. CAMHS — child and adolescent mental health services. Tier 1, tier 2, tier 3: levels of need.", ["glossary"]),
        Doc("/guides/co-regulation/", "Co-regulation", "Co-regulation: a calm adult helps a dysregulated young person settle. Lower your voice, slow down, sit side-by-side rather than face-to-face.", ["regulation", "skills"]),
        Doc("/guides/peer-led-projects/", "Peer-led projects", "Peer-led projects let young people design and run activities: a mural, a podcast, a well-being week. Mentors coach; peers lead.", ["projects", "peer support", "youth voice"]),
        Doc("/guides/empty/", "Placeholder", "", []),
        Doc("/guides/punctuation/", "Punctuation!!! & symbols", "— ... !!! ??? & % $ 100% 3.5 v2.0 e-mail e.g. i.e. C++ C# .NET node.js don't won't it's", ["punctuation", "!!!", "..."]),
        Doc("2", "Integer ref two", "A document whose ref looks like an array index, so JavaScript orders it first.", ["ordering"]),
        Doc("10", "Integer ref ten", "Another integer-like ref; mentoring appears here too.", ["ordering", "mentoring"]),
        Doc("/guides/yoga-and-yearly-review/", "Yoga, yearly review and yes-saying", "Yoga is a form of mindfulness. The yearly review looks at youth outcomes: yes, young people's voices come first.", ["yoga", "youth voice"], 0),
        Doc("/guides/generalisation/", "Generalisations and relational practice", "Relational, conditional, rational: generational patterns; hopefulness and usefulness; formalities, sensibilities, electricity, adoption, controllers.", ["relational practice"], 0.5),
        Doc("/guides/repeated/", "Mentoring mentoring mentoring", "Mentoring mentoring mentoring mentor mentors mentored mentoring.", ["mentoring", "mentoring"]),
    ];

    /// <summary>At least one query of every kind the search box can send.</summary>
    public static readonly string[] Queries =
    [
        "mentoring", "peer", "peer mentoring", "Peer Mentoring", "mentor", "mentors", "mentored",
        "red flags", "red", "flags", "confidentiality", "confidential", "tier 2", "tier", "2", "tier-2",
        "restorative circles", "circles", "mindfulness", "mindful", "title:mentoring", "body:mentoring",
        "tags:mentoring", "title:peer body:plan", "tags:safeguarding", "plan*", "plan", "planning", "planned",
        "ment*", "*ing", "con*ity", "*", "mentr~1", "mentoring~2", "safegaurding~2", "cafe~1", "+mentoring -tier",
        "+safeguarding +dsl", "-mentoring peer", "+peer +support", "mentoring^10 circles", "circles^10 mentoring",
        "title:circles^5 mindfulness", "the", "the green", "+the +green", "and", "a mentor", "red-flags",
        "self-care", "co-regulation", "peer-led", "don't", "it's", "100%", "3.5", "c++", "café", "caf", "cafe",
        "naïve", "naive", "señor", "señ*", "istanbul", "i̇stanbul", "οδυσσευς", "οδυσσευσ", "σοφιας", "¿qué", "qu",
        "yoga", "yearly", "yes", "youth", "generational", "relational", "rational", "hopeful", "electricity",
        "adoption", "controllers", "gdpr", "dsl", "camhs", "ordering", "integer", "placeholder", "punctuation",
        "!!!", "...", "", "unknownword", "nosuchfield:mentoring", "title:", "mentoring^", "mentoring~",
        "5-4-3-2-1", "25", "level 1 level 2", "group work", "lgbtq+", "lgbtq", "anxiety grounding", "e-mail",
        "mail", "node.js", ".net", "net",
    ];
}
