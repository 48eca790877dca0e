//! The method's diagnostic questions, grouped by where in the system they look, in our words.
//! Keys are stable: saved ratings use them.

/// (area, [(key, question)]).
pub const AREAS: &[(&str, &[(&str, &str)])] = &[
    (
        "The external loop and the flows",
        &[
            ("ab.listening", "Which listening programs give us market insight, and do they actually steer marketing decisions?"),
            ("ab.audience", "Can we say with confidence who we sell to, what hurts them and how we help, and does it land with them?"),
            ("ab.capacity", "Do we have the technology, expertise and people to run our input and output programs well?"),
            ("ab.awareness", "Does the market know us well enough against competitors, and is that picture accurate?"),
            ("ab.best", "Do we know which programs work best, and why?"),
        ],
    ),
    (
        "Loops A1 and B1",
        &[
            ("loops.perception", "Do we know how the market sees us, which sources shape that view, and how we could influence them?"),
            ("loops.internal", "Is internal communication owned, with a process for news such as product updates reaching customers?"),
        ],
    ),
    (
        "Your market",
        &[
            ("market.icp", "Is our ideal customer profile right: does targeting it show in conversion, lifetime value and deal size?"),
            ("market.tam", "How much revenue is left in our current segment, and where will the next expansion come from?"),
            ("market.competitors", "Have we named every competitor, including new ones coming up in sales conversations?"),
            ("market.influencers", "Do we run programs for media and analysts?"),
        ],
    ),
    (
        "Your company",
        &[
            ("company.remit", "Do executives, the board and other teams know what marketing is and is not responsible for?"),
            ("company.brand", "Do we keep to our brand guidelines, inside and outside the company?"),
            ("company.value", "Can everyone in the company say what our value proposition is?"),
        ],
    ),
    (
        "Secondary flows with the company",
        &[
            ("secondary.flow", "Does work flow well between teams, and where do shared outputs get dropped?"),
            ("secondary.rd", "Are we in step with R&D on releases and their campaigns?"),
            ("secondary.sales", "Does sales hear about pipeline campaigns before they start?"),
            ("secondary.requests", "Is there a set way to brief marketing and follow up requests?"),
            ("secondary.data", "Do we get the data from revenue operations we need to judge channels?"),
        ],
    ),
    (
        "The marketing team",
        &[
            ("team.roles", "Does each person know their role in the team and in the operating system?"),
            ("team.skills", "Do we have the people and specialisms to hit the KPIs in the model?"),
            ("team.together", "Do the sub-functions work together on what they share?"),
        ],
    ),
];

/// The question's own key, for a key typed anywhere (none for an unknown question).
pub fn key(key: &str) -> Option<&'static str> {
    AREAS
        .iter()
        .flat_map(|(_, qs)| qs.iter())
        .find(|(k, _)| *k == key)
        .map(|(k, _)| *k)
}

/// The question text for a key.
pub fn question(key: &str) -> Option<&'static str> {
    AREAS
        .iter()
        .flat_map(|(_, qs)| qs.iter())
        .find(|(k, _)| *k == key)
        .map(|(_, q)| *q)
}
