//! Shared fixtures for the native tests.
#![allow(dead_code)]

use marketing_os::domain::assessment::{Dimension, MaturityStage};
use marketing_os::domain::dialogue::{CoverageStatus, Importance, Side};
use marketing_os::domain::document::{ChangeArea, ChangeEntry};
use marketing_os::domain::mapping::{Counterpart, Direction, FlowStatus, Scope, SubFunctionKind};
use marketing_os::domain::msg::{CategoryEdit, ConstituentEdit, FlowEdit, SideLoop};
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

/// A model with something in every stage, built only through `Msg`.
pub fn sample_doc() -> Document {
    let mut d = Document::new(
        ModelId("acme-0001".into()),
        "Acme Analytics",
        Timestamp(1_790_000_000_000),
    );
    let market: Vec<_> = d.constituents(Side::Market).map(|c| c.id).collect();
    d.apply(Msg::EditConstituent(
        market[0],
        ConstituentEdit::ImportanceNow(Importance::High),
    ));
    d.apply(Msg::EditConstituent(
        market[0],
        ConstituentEdit::Note("Mid-market SaaS, EU first".into()),
    ));
    d.apply(Msg::EditConstituent(
        market[3],
        ConstituentEdit::Enabled(false),
    ));
    d.apply(Msg::AddConstituent {
        side: Side::Market,
        name: "Open-source community".into(),
    });
    let cat = d.dialogue.categories[0].id;
    d.apply(Msg::EditCategory(
        cat,
        CategoryEdit::Activities("Quarterly customer interviews\nNPS survey".into()),
    ));
    d.apply(Msg::EditCategory(
        cat,
        CategoryEdit::Status(CoverageStatus::Partial),
    ));
    d.apply(Msg::SetLoopOwner(SideLoop::A1, "Head of community".into()));
    d.apply(Msg::AddSubFunction {
        name: "Product marketing".into(),
        kind: SubFunctionKind::Core,
    });
    d.apply(Msg::AddSubFunction {
        name: "Design".into(),
        kind: SubFunctionKind::SharedResource,
    });
    d.apply(Msg::AddFunction("Sales".into()));
    let pmm = d.mapping.sub_functions[0].id;
    let sales = d.mapping.functions[0].id;
    d.apply(Msg::AddFlow {
        name: "Competitive intel".into(),
        direction: Direction::Input,
        scope: Scope::PrimaryExternal,
        owner: Some(pmm),
    });
    d.apply(Msg::AddFlow {
        name: "Battle cards".into(),
        direction: Direction::Output,
        scope: Scope::SecondaryInternal,
        owner: Some(pmm),
    });
    let out = d.mapping.flows[1].id;
    d.apply(Msg::EditFlow(
        out,
        FlowEdit::Counterpart(Some(Counterpart::Function(sales))),
    ));
    d.apply(Msg::EditFlow(out, FlowEdit::Status(FlowStatus::Planned)));
    d.apply(Msg::SetDashboard("Looker: Marketing weekly".into()));
    d.apply(Msg::SetStage(
        Dimension::MetricsReporting,
        Some(MaturityStage::Efficient),
    ));
    d.apply(Msg::SetEvidence(
        Dimension::MetricsReporting,
        "Weekly pipeline report".into(),
    ));
    d.apply(Msg::LogChange(ChangeEntry {
        area: ChangeArea::Company,
        kind: "Investment rounds".into(),
        text: "Series B closed".into(),
        at: Timestamp(1_790_000_100_000),
        ..ChangeEntry::default()
    }));
    d.apply(Msg::SaveVersion {
        name: "Q4 2026 baseline".into(),
        at: Timestamp(1_790_000_200_000),
    });
    d.updated_at = Timestamp(1_790_000_300_000);
    d
}

/// The id of the sub-function with this name (panics if there is none: a test setup error).
pub fn sub(d: &Document, name: &str) -> marketing_os::domain::ids::SubFunctionId {
    d.mapping
        .sub_functions
        .iter()
        .find(|s| s.name == name)
        .unwrap()
        .id
}
