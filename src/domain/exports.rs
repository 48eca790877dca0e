//! The model as documents other tools read: the report as Markdown, and flows and KPIs as CSV
//! (the RACI matrix's CSV lives with the matrix in `raci.rs`).

use super::csv::Csv;
use super::document::Document;
use super::ids::Timestamp;
use super::mapping::{Direction, Scope};
use super::maturity::outcome;
use super::progress::progress;

fn label<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .unwrap_or_default()
        .trim_matches('"')
        .replace('_', " ")
}

impl Document {
    fn owner_name(&self, f: &super::mapping::Flow) -> String {
        f.owner
            .and_then(|o| self.mapping.sub_function(o))
            .map(|s| s.name.trim().to_string())
            .unwrap_or_default()
    }

    /// Every flow, one line each.
    pub fn flows_csv(&self) -> String {
        let mut csv = Csv::new([
            "Flow",
            "Direction",
            "Scope",
            "Owner",
            "Status",
            "Priority",
            "KPIs",
            "Note",
        ]);
        for f in &self.mapping.flows {
            csv.row([
                f.name.trim().to_string(),
                label(&f.direction),
                label(&f.scope),
                self.owner_name(f),
                label(&f.status),
                label(&f.priority),
                f.kpis.len().to_string(),
                f.note.trim().to_string(),
            ]);
        }
        csv.finish()
    }

    /// Every KPI with its flow, and whether it is on the Stage 3 short list.
    pub fn kpis_csv(&self) -> String {
        let mut csv = Csv::new([
            "Flow",
            "Metric",
            "Target",
            "Unit",
            "Period",
            "Measurable",
            "Proxy",
            "Short list",
            "Owner",
        ]);
        for f in &self.mapping.flows {
            for k in &f.kpis {
                let tracked = self.operations.tracked(k.id);
                csv.row([
                    f.name.trim().to_string(),
                    k.metric.trim().to_string(),
                    k.target.trim().to_string(),
                    k.unit.trim().to_string(),
                    label(&k.period),
                    label(&k.measurability),
                    k.proxy.trim().to_string(),
                    if tracked.is_some() { "yes" } else { "no" }.to_string(),
                    tracked
                        .map(|t| t.owner.trim().to_string())
                        .unwrap_or_default(),
                ]);
            }
        }
        csv.finish()
    }

    /// The report as Markdown: summary, each stage, the maturity result.
    pub fn report_markdown(&self, now: Timestamp) -> String {
        let md = |s: &str| s.trim().replace('|', "\\|").replace('\n', " ");
        let mut out = format!(
            "# {}: Market(ing) Operating System\n\nReport prepared {}.\n\n## Summary\n\n",
            md(self.display_name()),
            now.date_iso()
        );
        for p in progress(self) {
            out.push_str(&format!(
                "- {}: {} of {} done\n",
                p.part.label(),
                p.done(),
                p.checks.len()
            ));
        }
        let result = outcome(&self.assessment);
        match result.stage {
            Some(s) => out.push_str(&format!(
                "- Maturity: {} ({} of 7 areas answered)\n",
                s.label(),
                result.answered
            )),
            None => out.push_str("- Maturity: not assessed yet\n"),
        }
        out.push_str("\n## Stage 1: the dialogue\n\n");
        for side in [
            super::dialogue::Side::Market,
            super::dialogue::Side::Company,
        ] {
            let names: Vec<String> = self
                .constituents(side)
                .filter(|c| c.enabled)
                .map(|c| md(&c.name))
                .collect();
            let title = if side == super::dialogue::Side::Market {
                "Your market"
            } else {
                "Your company"
            };
            out.push_str(&format!("- {title}: {}\n", names.join(", ")));
        }
        out.push_str("\n## Stage 2: inputs and outputs\n\n");
        out.push_str("| Flow | Direction | Scope | Owner |\n|---|---|---|---|\n");
        for f in &self.mapping.flows {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                md(&f.name),
                if f.direction == Direction::Input {
                    "input"
                } else {
                    "output"
                },
                if f.scope == Scope::PrimaryExternal {
                    "primary external"
                } else {
                    "secondary internal"
                },
                md(&self.owner_name(f))
            ));
        }
        out.push_str("\n## Stage 3: operations\n\n");
        let o = &self.operations;
        let charter = o.team.charter.effective_text();
        if let Some(r) = crate::domain::team::read_charter(&charter) {
            out.push_str(&format!(
                "Charter ({}): {}\n\n",
                match r.kind {
                    crate::domain::team::CharterKind::Strategic => "strategic",
                    crate::domain::team::CharterKind::Operational => "operational",
                },
                md(charter.trim())
            ));
        }
        if let Some(line) = crate::domain::team::team_summary(self) {
            out.push_str(&format!("{}\n\n", md(&line)));
        }
        if !o.dashboard.trim().is_empty() {
            out.push_str(&format!("Dashboard: {}.\n\n", md(&o.dashboard)));
        }
        if !o.kpis.is_empty() {
            out.push_str("| KPI | Owner | Target |\n|---|---|---|\n");
            for k in crate::domain::scorecard::scorecard(
                self,
                crate::domain::scorecard::Quarter::of(now),
            ) {
                out.push_str(&format!(
                    "| {} | {} | {} |\n",
                    md(&k.metric),
                    md(&k.owner),
                    k.target
                        .map(|t| format!(
                            "{} {}",
                            crate::domain::format::number(t),
                            crate::content::operations::per_period(k.cadence)
                        ))
                        .unwrap_or_default()
                ));
            }
            out.push('\n');
        }
        for s in &o.slas {
            out.push_str(&format!("- SLA, {}: {}\n", md(&s.work), s.summary_with(md)));
        }
        out.push_str("\n## Maturity\n\n| Area | Stage |\n|---|---|\n");
        for d in super::assessment::Dimension::ALL {
            let stage = self
                .assessment
                .answer(d)
                .and_then(|a| a.stage)
                .map(|s| s.label())
                .unwrap_or("Not answered");
            out.push_str(&format!(
                "| {} | {stage} |\n",
                crate::content::dimension_label(d)
            ));
        }
        out
    }
}
