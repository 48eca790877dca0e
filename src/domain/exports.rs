//! The model as tables other tools read: flows and KPIs as CSV (the RACI matrix's CSV lives
//! with the matrix in `raci.rs`; the report's Markdown is rendered from `report::Report`).

use super::csv::Csv;
use super::document::Document;

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
}
