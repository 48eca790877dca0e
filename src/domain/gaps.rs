//! Every gap the model shows, in one list: each titled as the action that closes it, pointing
//! at its element, with an area and a severity, ranked by one stated rule
//! ([`crate::content::gaps::RANKING_RULE`]). The diagnostics page, the assessment, the report
//! and the exports all count from this one list.

use super::assessment::HealthState;
use super::dialogue::{CoverageStatus, DialogueSide, Priority, ProgramStatus};
use super::document::Document;
use super::findings::Finding;
use super::ids::Timestamp;
use super::mapping::{FlowStatus, Presence};
use super::scorecard::{scorecard, Quarter, Status};
use crate::content::gaps::action_for;

/// Where in the method a gap lies; the list is grouped in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GapArea {
    Market,
    Team,
    Operations,
    Maturity,
    Diagnostics,
}

impl GapArea {
    pub const ALL: [GapArea; 5] = [
        GapArea::Market,
        GapArea::Team,
        GapArea::Operations,
        GapArea::Maturity,
        GapArea::Diagnostics,
    ];
}

/// How much a gap matters: high first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    High,
    Medium,
    Low,
}

/// Something in the model that wants fixing.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// Stable while the gap lasts; an action made from it keeps this as its source.
    pub key: String,
    pub area: GapArea,
    pub severity: Severity,
    /// The action that closes it, e.g. "Give “Webinars” an owner".
    pub title: String,
    /// What is wrong, in a sentence.
    pub why: String,
    /// A starting hypothesis for the action.
    pub hypothesis: String,
    /// Where in the model to work on it: `<page>#<anchor>`.
    pub link: String,
}

fn gap(
    key: impl Into<String>,
    area: GapArea,
    severity: Severity,
    title: impl Into<String>,
    why: impl Into<String>,
    hypothesis: impl Into<String>,
    link: impl Into<String>,
) -> Gap {
    Gap {
        key: key.into(),
        area,
        severity,
        title: title.into(),
        why: why.into(),
        hypothesis: hypothesis.into(),
        link: link.into(),
    }
}

fn finding_severity(f: &Finding) -> Severity {
    match f {
        Finding::UnownedFlow(_)
        | Finding::OutputWithoutKpi(_)
        | Finding::SecondaryTrap { .. }
        | Finding::NoCapacity(_)
        | Finding::UnreachedConstituent(_) => Severity::High,
        Finding::IdleSubFunction(_)
        | Finding::Overloaded { .. }
        | Finding::UnmeasuredKpi { proxy: false, .. } => Severity::Medium,
        Finding::UnmeasuredKpi { proxy: true, .. } | Finding::InputFeedsNothing(_) => Severity::Low,
    }
}

/// The answer stored under `key` in a keyed list, unanswered when missing.
fn answer<K: PartialEq>(list: &[(K, Presence)], key: K) -> Presence {
    list.iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .unwrap_or_default()
}

/// No, then partly: the answers that leave a gap, and how much each matters.
fn not_yet(p: Presence, no: Severity, partly: Severity) -> Option<Severity> {
    match p {
        Presence::No => Some(no),
        Presence::Partly => Some(partly),
        _ => None,
    }
}

impl Document {
    /// Everything that wants fixing, from every part of the model, ranked by area, then
    /// severity, then the model's own order. The order depends on the model alone.
    pub fn gaps(&self, now: Timestamp) -> Vec<Gap> {
        let mut out = Vec::new();
        self.market_gaps(&mut out);
        self.team_gaps(&mut out);
        self.operations_gaps(&mut out, now);
        self.maturity_gaps(&mut out, now);
        self.diagnostic_gaps(&mut out);
        // Stable: equal gaps keep the order they were gathered in.
        out.sort_by_key(|g| (g.area, g.severity));
        out
    }

    fn market_gaps(&self, out: &mut Vec<Gap>) {
        let d = &self.dialogue;
        for c in d.categories.iter() {
            if c.status == CoverageStatus::Gap {
                let side = if c.side == DialogueSide::ListenLearn {
                    "Side A (listen & learn)"
                } else {
                    "Side B (educate & persuade)"
                };
                let verb = if c.side == DialogueSide::ListenLearn {
                    "Start listening through"
                } else {
                    "Start reaching the market through"
                };
                out.push(gap(
                    format!("category:{}", c.id.0),
                    GapArea::Market,
                    Severity::Medium,
                    format!("{verb} {}", c.name.trim()),
                    format!("{side}: nothing covers {} today.", c.name.trim()),
                    format!(
                        "If {} is covered, the dialogue with the market has one hole fewer.",
                        c.name.trim()
                    ),
                    format!("dialogue#category-{}", c.id.0),
                ));
            }
        }
        for c in d.constituents.iter().filter(|c| c.enabled) {
            for p in c.programs.iter().filter(|p| p.status == ProgramStatus::Gap) {
                let severity = match p.priority {
                    Priority::High => Severity::High,
                    Priority::Low => Severity::Low,
                    _ => Severity::Medium,
                };
                out.push(gap(
                    format!("program:{}", p.id.0),
                    GapArea::Market,
                    severity,
                    format!("Put in place: {} ({})", p.name.trim(), c.name.trim()),
                    format!("{} has no {} yet.", c.name.trim(), p.name.trim()),
                    format!("With {} in place, marketing to {} rests on groundwork rather than guesswork.", p.name.trim(), c.name.trim()),
                    format!("dialogue#program-{}", p.id.0),
                ));
            }
        }
    }

    fn team_gaps(&self, out: &mut Vec<Gap>) {
        let m = &self.mapping;
        for f in m.flows.iter().filter(|f| f.status == FlowStatus::Gap) {
            out.push(gap(
                format!("flow:{}", f.id.0),
                GapArea::Team,
                Severity::Medium,
                format!("Start the flow “{}”", f.name.trim()),
                format!("“{}” is marked as a gap in the map.", f.name.trim()),
                format!(
                    "Once “{}” runs, the map has one gap fewer; see whether its KPI moves.",
                    f.name.trim()
                ),
                format!("mapping#flow-{}", f.id.0),
            ));
        }
        for f in super::findings::findings(self) {
            let (why, anchor) = crate::content::findings::describe(self, &f);
            out.push(gap(
                format!("finding:{f:?}"),
                GapArea::Team,
                finding_severity(&f),
                crate::content::findings::action(self, &f),
                why.clone(),
                format!("Fixing this closes a gap in the map: {why}"),
                format!("mapping#{anchor}"),
            ));
        }
        for (p, question, action) in crate::content::mapping::PRACTICES {
            if let Some(s) = not_yet(answer(&m.team_loop, p), Severity::Medium, Severity::Low) {
                out.push(gap(
                    format!("team-loop:{p:?}"),
                    GapArea::Team,
                    s,
                    action,
                    format!("The marketing-to-marketing loop: not yet “{question}”."),
                    "When the team shares what it learns, each sub-function works from the same picture.",
                    "mapping#team-loop",
                ));
            }
        }
        for (q, question, action) in crate::content::mapping::SKILLS {
            if let Some(s) = not_yet(answer(&m.skills, q), Severity::Medium, Severity::Low) {
                out.push(gap(
                    format!("skill:{q:?}"),
                    GapArea::Team,
                    s,
                    action,
                    format!("Knowledge and skills: the answer to “{question}” is not yet yes."),
                    "With the basics known to everyone, any member of the team can speak for the product.",
                    "mapping#team-loop",
                ));
            }
        }
        // Roles the next stage needs, once someone on the team page has a role and no decision
        // is made. (People named only in Stage 2 say who works where, not that the team's
        // operations roles were looked at.)
        let team = &self.operations.team;
        if team.people.iter().any(|p| !p.roles.is_empty()) {
            let assessed = super::maturity::outcome(&self.assessment).stage;
            let target = super::team::target_stage(assessed);
            for need in super::team::needs(self, target) {
                if need.is_gap() && team.decision(need.role).is_none() {
                    out.push(gap(
                        format!("role:{:?}", need.role),
                        GapArea::Team,
                        if need.serves_missing_driver {
                            Severity::High
                        } else {
                            Severity::Medium
                        },
                        format!("Hire, train or outsource: {}", need.role.label()),
                        format!(
                            "The {} stage needs {}, and nobody in the team covers it.",
                            target.label(),
                            need.role.label()
                        ),
                        format!(
                            "With {} covered, the team can reach the {} stage.",
                            need.role.label(),
                            target.label()
                        ),
                        "team#next-stage",
                    ));
                }
            }
        }
    }

    fn operations_gaps(&self, out: &mut Vec<Gap>, now: Timestamp) {
        let o = &self.operations;
        let mut without = 0;
        for f in &self.mapping.flows {
            match o.pathway(f.id) {
                None => without += 1,
                Some(p) => {
                    let missing = p.gaps();
                    if missing.is_empty() {
                        continue;
                    }
                    let parts: Vec<&str> = missing
                        .into_iter()
                        .map(crate::content::gaps::pathway_part)
                        .collect();
                    out.push(gap(
                        format!("ops:pathway:{}", f.id.0),
                        GapArea::Operations,
                        Severity::Medium,
                        format!("Complete the pathway of “{}”", f.name.trim()),
                        format!("“{}” still lacks: {}.", f.name.trim(), parts.join(", ")),
                        "With its tools, skills and people agreed, the flow stops stalling at hand-offs.",
                        format!("operations#pathway-{}", f.id.0),
                    ));
                }
            }
        }
        if without > 0 {
            let n = if without == 1 {
                "1 flow has".to_string()
            } else {
                format!("{without} flows have")
            };
            out.push(gap(
                "ops:pathways",
                GapArea::Operations,
                Severity::Low,
                "Agree how each flow is run: systems, expertise and resource",
                format!("{n} no process pathway yet."),
                "If every recurring flow has its tools, skills and people agreed, hand-offs stop stalling.",
                "operations#pathways",
            ));
        }
        for row in &o.raci {
            if !row.problems(&o.raci_roles).is_empty() {
                let subject = self.raci_subject(row);
                out.push(gap(
                    format!("ops:raci:{}", row.id.0),
                    GapArea::Operations,
                    Severity::High,
                    format!("Name one accountable and a responsible role for “{subject}”"),
                    format!("The RACI row “{subject}” needs one accountable role and a responsible one."),
                    "With one owner and a doer named, the work stops falling between teams.",
                    "operations#raci",
                ));
            }
        }
        for k in scorecard(self, Quarter::of(now)) {
            if k.to_date.is_some_and(|t| t.status == Status::OffTrack) {
                out.push(gap(
                    format!("kpi:{}", k.kpi.0),
                    GapArea::Operations,
                    Severity::High,
                    format!("Bring “{}” back on track", k.metric),
                    format!("“{}” is off track for the quarter so far.", k.metric),
                    format!(
                        "Find what drives “{}” and change it; watch the weekly trend.",
                        k.metric
                    ),
                    "operations#scorecard",
                ));
            }
        }
    }

    fn maturity_gaps(&self, out: &mut Vec<Gap>, now: Timestamp) {
        let a = &self.assessment;
        let result = super::maturity::outcome(a);
        for d in &result.capped_by {
            let label = crate::content::dimension_label(*d);
            out.push(gap(
                format!("assess:capped:{d:?}"),
                GapArea::Maturity,
                Severity::High,
                format!("Raise {label}, the area holding your maturity back"),
                format!("{label} holds the overall maturity back."),
                "Raising the weakest area lifts the overall stage.",
                format!("assessment#dimension-{d:?}"),
            ));
        }
        for d in &result.discounted {
            let label = crate::content::dimension_label(*d);
            out.push(gap(
                format!("assess:evidence:{d:?}"),
                GapArea::Maturity,
                Severity::Low,
                format!("Name the evidence behind your claim for {label}"),
                format!("{label} counts one stage lower until an artefact or a metric backs it."),
                "With evidence written down, the result says what the team can show, not what it hopes.",
                format!("assessment#dimension-{d:?}"),
            ));
        }
        for (key, label, _) in crate::content::assessment::COMPONENTS {
            let state = super::maturity::component(self, key, now).value;
            let (severity, how) = match state {
                HealthState::Missing => (Severity::High, "missing"),
                HealthState::Partial => (Severity::Medium, "only partly in place"),
                _ => continue,
            };
            out.push(gap(
                format!("assess:component:{key}"),
                GapArea::Maturity,
                severity,
                action_for(key),
                format!("{label} is {how}."),
                "With this component in place, the team runs on structure rather than on heroics.",
                "operations#rhythm",
            ));
        }
        for (key, q) in crate::content::assessment::FITNESS {
            let answer = super::maturity::fitness(self, key).value;
            if let Some(severity) = not_yet(answer, Severity::High, Severity::Medium) {
                let target = match *key {
                    "accountable" => "operations#raci",
                    "market_driven" => "dialogue",
                    "efficient" => "mapping#map",
                    _ => "operations#pathways",
                };
                out.push(gap(
                    format!("assess:fitness:{key}"),
                    GapArea::Maturity,
                    severity,
                    action_for(key),
                    format!("Fitness test, not yet: {q}"),
                    "Passing the fitness test is what makes the operating system hold under growth.",
                    target,
                ));
            }
        }
        if let Some(severity) = not_yet(
            super::maturity::rhythm(self, now).value,
            Severity::High,
            Severity::Medium,
        ) {
            out.push(gap(
                "assess:rhythm",
                GapArea::Maturity,
                severity,
                "Review a weekly scorecard inside a quarterly plan",
                "The weekly scorecard rhythm is not running yet.",
                "With a weekly look at the numbers, problems show in days rather than at the quarter's end.",
                "operations#scorecard",
            ));
        }
        let signs = a.signs.len();
        if signs >= crate::content::assessment::SIGNS_ALARM {
            out.push(gap(
                "assess:signs",
                GapArea::Maturity,
                Severity::High,
                "Move the work from people's heads into a system",
                format!("{signs} of 5 signs say the operating system is missing."),
                "When targets, lists and reviews are written down, the team keeps going when someone is away.",
                "assessment#health",
            ));
        }
        for (key, label, _) in crate::content::assessment::DRIVERS {
            let answer = a
                .drivers
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| *v)
                .unwrap_or_default();
            if let Some(severity) = not_yet(answer, Severity::Medium, Severity::Low) {
                out.push(gap(
                    format!("assess:driver:{key}"),
                    GapArea::Maturity,
                    severity,
                    action_for(key),
                    format!("The strategic driver {label} is not yet in place."),
                    "The drivers are what turn an ops group into a strategic one.",
                    "assessment#drivers",
                ));
            }
        }
    }

    fn diagnostic_gaps(&self, out: &mut Vec<Gap>) {
        // In the questions' own order, not the order they were rated in.
        for (_, questions) in crate::content::diagnostics::AREAS {
            for (key, q) in questions.iter() {
                let Some(r) = self.diagnostics.ratings.iter().find(|r| r.question == *key) else {
                    continue;
                };
                let (Some(c), Some(i)) = (r.current, r.ideal) else {
                    continue;
                };
                if i <= c {
                    continue;
                }
                let severity = match i - c {
                    1 => Severity::Low,
                    2 => Severity::Medium,
                    _ => Severity::High,
                };
                out.push(gap(
                    format!("diag:{key}"),
                    GapArea::Diagnostics,
                    severity,
                    action_for(key),
                    format!("{q} (now {c} of 5, aiming for {i})"),
                    format!("If we raise this from {c} to {i}, the flows that depend on it will run better; check again next quarter."),
                    format!("diagnostics#q-{}", key.replace('.', "-")),
                ));
            }
        }
    }
}
