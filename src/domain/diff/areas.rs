//! The per-stage lists a comparison walks: which things of each stage are matched by id, what
//! each is called, and where it sits.

use super::{item, named, to_value, Area, Diff, Kind};
use crate::domain::document::Snapshot;
use crate::domain::mapping::{Direction, Scope};
use serde_json::{Map, Value};
use std::collections::HashMap;

pub(super) fn dialogue(out: &mut Diff, a: &Snapshot, b: &Snapshot) {
    let area = Area::Dialogue;
    out.values(
        area,
        "Company",
        &to_value(&a.company),
        &to_value(&b.company),
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.dialogue
                .constituents
                .iter()
                .map(|c| item(c.id.0, named("Constituent", &c.name), String::new(), c))
                .collect::<Vec<_>>()
        },
        &["segments", "programs"],
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.dialogue
                .constituents
                .iter()
                .flat_map(|c| {
                    c.segments
                        .iter()
                        .map(|x| item(x.id.0, named("Segment", &x.name), c.name.clone(), x))
                })
                .collect::<Vec<_>>()
        },
        &[],
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.dialogue
                .constituents
                .iter()
                .flat_map(|c| {
                    c.programs
                        .iter()
                        .map(|x| item(x.id.0, named("Program", &x.name), c.name.clone(), x))
                })
                .collect::<Vec<_>>()
        },
        &[],
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.dialogue
                .categories
                .iter()
                .map(|c| item(c.id.0, named("Category", &c.name), String::new(), c))
                .collect::<Vec<_>>()
        },
        &[],
    );
    let rest = |s: &Snapshot| {
        let d = &s.dialogue;
        let mut m = Map::new();
        m.insert("loop_a1".into(), to_value(&d.loop_a1));
        m.insert("loop_b1".into(), to_value(&d.loop_b1));
        m.insert("lopsided_signs".into(), to_value(&d.lopsided_signs));
        Value::Object(m)
    };
    out.values(area, "", &rest(a), &rest(b));
    if a.dialogue.roadmap_order != b.dialogue.roadmap_order {
        let names = |s: &Snapshot| {
            s.dialogue
                .roadmap_order
                .iter()
                .filter_map(|p| s.dialogue.find_program(*p))
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push(
            area,
            Kind::Changed,
            "Roadmap order".into(),
            names(a),
            names(b),
        );
    }
}

fn quadrant(scope: Scope, direction: Direction) -> &'static str {
    match (scope, direction) {
        (Scope::PrimaryExternal, Direction::Input) => "primary external input",
        (Scope::PrimaryExternal, Direction::Output) => "primary external output",
        (Scope::SecondaryInternal, Direction::Input) => "secondary internal input",
        (Scope::SecondaryInternal, Direction::Output) => "secondary internal output",
    }
}

pub(super) fn mapping(out: &mut Diff, a: &Snapshot, b: &Snapshot) {
    let area = Area::Mapping;
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.mapping
                .sub_functions
                .iter()
                .map(|x| item(x.id.0, named("Sub-function", &x.name), String::new(), x))
                .collect::<Vec<_>>()
        },
        &["owner"],
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.mapping
                .functions
                .iter()
                .map(|x| item(x.id.0, named("Company function", &x.name), String::new(), x))
                .collect::<Vec<_>>()
        },
        &[],
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            let owners: HashMap<u64, &str> = s
                .mapping
                .sub_functions
                .iter()
                .map(|x| (x.id.0, x.name.as_str()))
                .collect();
            s.mapping
                .flows
                .iter()
                .map(|f| {
                    let owner = f
                        .owner
                        .and_then(|o| owners.get(&o.0).copied())
                        .unwrap_or("no owner");
                    let place = format!("{owner} · {}", quadrant(f.scope, f.direction));
                    item(f.id.0, named("Flow", &f.name), place, f)
                })
                .collect::<Vec<_>>()
        },
        &[
            "kpis",
            "owner",
            "scope",
            "direction",
            "feeds",
            "counterpart",
        ],
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.mapping
                .flows
                .iter()
                .flat_map(|f| {
                    f.kpis
                        .iter()
                        .map(|k| item(k.id.0, named("KPI", &k.metric), named("Flow", &f.name), k))
                })
                .collect::<Vec<_>>()
        },
        &[],
    );
    let rest = |s: &Snapshot| {
        let mut m = Map::new();
        m.insert("team_loop".into(), to_value(&s.mapping.team_loop));
        m.insert("skills".into(), to_value(&s.mapping.skills));
        Value::Object(m)
    };
    out.values(area, "", &rest(a), &rest(b));
}

pub(super) fn operations(out: &mut Diff, a: &Snapshot, b: &Snapshot) {
    let area = Area::Operations;
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.operations
                .forums
                .iter()
                .map(|x| item(x.id.0, named("Forum", &x.name), String::new(), x))
                .collect::<Vec<_>>()
        },
        &[],
    );
    let flow_name = |s: &Snapshot, id| {
        s.mapping
            .flow(id)
            .map(|f| f.name.clone())
            .unwrap_or_default()
    };
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.operations
                .pathways
                .iter()
                .map(|p| {
                    let label = format!("Pathway of {}", named("flow", &flow_name(s, p.flow)));
                    item(p.flow.0, label, String::new(), p)
                })
                .collect::<Vec<_>>()
        },
        &["flow"],
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.operations
                .raci
                .iter()
                .map(|r| {
                    let doc = RaciNames(s);
                    item(
                        r.id.0,
                        format!("RACI row “{}”", doc.subject(r)),
                        String::new(),
                        r,
                    )
                })
                .collect::<Vec<_>>()
        },
        &["flow", "program", "subject"],
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.operations
                .slas
                .iter()
                .map(|x| item(x.id.0, named("SLA", &x.work), String::new(), x))
                .collect::<Vec<_>>()
        },
        &[],
    );
    let kpi_name = |s: &Snapshot, id: u64| {
        s.mapping
            .flows
            .iter()
            .flat_map(|f| &f.kpis)
            .find(|k| k.id.0 == id)
            .map(|k| k.metric.clone())
            .unwrap_or_default()
    };
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.operations
                .kpis
                .iter()
                .map(|k| {
                    let label = format!("Tracked {}", named("KPI", &kpi_name(s, k.kpi.0)));
                    item(k.kpi.0, label, String::new(), k)
                })
                .collect::<Vec<_>>()
        },
        &["kpi"],
    );
    out.keyed_by(
        area,
        a,
        b,
        |s| {
            s.operations
                .budget
                .iter()
                .map(|x| {
                    let label = format!("Budget “{}” {}", x.subject.trim(), x.quarter);
                    item(x.id.0, label, String::new(), x)
                })
                .collect::<Vec<_>>()
        },
        &[],
    );
    // Weekly actuals, matched by KPI and week.
    let actuals = |s: &Snapshot| {
        s.operations
            .actuals
            .iter()
            .map(|x| ((x.kpi.0, x.week.clone()), x.value))
            .collect::<HashMap<_, _>>()
    };
    let (xa, xb) = (actuals(a), actuals(b));
    let what = |s: &Snapshot, (kpi, week): &(u64, String)| {
        format!("Actual for {} in {week}", named("KPI", &kpi_name(s, *kpi)))
    };
    let mut keys: Vec<_> = xa.keys().chain(xb.keys()).collect();
    keys.sort();
    keys.dedup();
    for k in keys {
        match (xa.get(k), xb.get(k)) {
            (Some(x), None) => out.push(
                area,
                Kind::Removed,
                what(a, k),
                x.to_string(),
                String::new(),
            ),
            (None, Some(y)) => {
                out.push(area, Kind::Added, what(b, k), String::new(), y.to_string())
            }
            (Some(x), Some(y)) if x != y => out.push(
                area,
                Kind::Changed,
                what(b, k),
                x.to_string(),
                y.to_string(),
            ),
            _ => {}
        }
    }
    let rest = |s: &Snapshot| {
        let o = &s.operations;
        let mut m = Map::new();
        m.insert("teaching".into(), to_value(&o.teaching));
        m.insert("RACI_roles".into(), to_value(&o.raci_roles));
        m.insert("dashboard".into(), to_value(&o.dashboard));
        m.insert("reviews".into(), to_value(&o.reviews));
        Value::Object(m)
    };
    out.values(area, "", &rest(a), &rest(b));
}

/// RACI subjects named from a snapshot (the same rule as the live matrix).
struct RaciNames<'a>(&'a Snapshot);

impl RaciNames<'_> {
    fn subject(&self, row: &crate::domain::operations::RaciRow) -> String {
        let s = self.0;
        if let Some(f) = row.flow.and_then(|f| s.mapping.flow(f)) {
            format!("Flow: {}", f.name.trim())
        } else if let Some(p) = row.program.and_then(|p| s.dialogue.find_program(p)) {
            format!("Program: {}", p.name.trim())
        } else {
            row.subject.trim().to_string()
        }
    }
}
