//! The model as tables other tools read: flows and KPIs as CSV (the RACI matrix's CSV lives
//! with the matrix in `raci.rs`; the report's Markdown is rendered from `report::Report`).

use super::document::Document;
use super::raci::csv_field;

fn csv_line(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

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
        let mut out = csv_line(
            &[
                "Flow",
                "Direction",
                "Scope",
                "Owner",
                "Status",
                "Priority",
                "KPIs",
                "Note",
            ]
            .map(String::from),
        );
        for f in &self.mapping.flows {
            out.push_str(&csv_line(&[
                f.name.trim().to_string(),
                label(&f.direction),
                label(&f.scope),
                self.owner_name(f),
                label(&f.status),
                label(&f.priority),
                f.kpis.len().to_string(),
                f.note.trim().to_string(),
            ]));
        }
        out
    }

    /// Every KPI with its flow, and whether it is on the Stage 3 short list.
    pub fn kpis_csv(&self) -> String {
        let mut out = csv_line(
            &[
                "Flow",
                "Metric",
                "Target",
                "Unit",
                "Period",
                "Measurable",
                "Proxy",
                "Short list",
                "Owner",
            ]
            .map(String::from),
        );
        for f in &self.mapping.flows {
            for k in &f.kpis {
                let tracked = self.operations.tracked(k.id);
                out.push_str(&csv_line(&[
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
                ]));
            }
        }
        out
    }
}
