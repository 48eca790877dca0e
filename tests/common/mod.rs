//! Shared fixtures for the native tests.
#![allow(dead_code)]

use marketing_os::domain::assessment::{Dimension, MaturityStage};
use marketing_os::domain::dialogue::{CoverageStatus, Importance, Side};
use marketing_os::domain::document::{ChangeArea, ChangeEntry};
use marketing_os::domain::mapping::{Counterpart, Direction, FlowStatus, Scope, SubFunctionKind};
use marketing_os::domain::msg::{AssessMsg, DialogueMsg, MappingMsg, ModelMsg, OpsMsg};
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
    d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        market[0],
        ConstituentEdit::ImportanceNow(Importance::High),
    )));
    d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        market[0],
        ConstituentEdit::Note("Mid-market SaaS, EU first".into()),
    )));
    d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        market[3],
        ConstituentEdit::Enabled(false),
    )));
    d.apply(Msg::Dialogue(DialogueMsg::AddConstituent {
        side: Side::Market,
        name: "Open-source community".into(),
    }));
    let cat = d.dialogue.categories[0].id;
    d.apply(Msg::Dialogue(DialogueMsg::EditCategory(
        cat,
        CategoryEdit::Activities("Quarterly customer interviews\nNPS survey".into()),
    )));
    d.apply(Msg::Dialogue(DialogueMsg::EditCategory(
        cat,
        CategoryEdit::Status(CoverageStatus::Partial),
    )));
    d.apply(Msg::Dialogue(DialogueMsg::SetLoopOwner(
        SideLoop::A1,
        "Head of community".into(),
    )));
    d.apply(Msg::Mapping(MappingMsg::AddSubFunction {
        name: "Product marketing".into(),
        kind: SubFunctionKind::Core,
    }));
    d.apply(Msg::Mapping(MappingMsg::AddSubFunction {
        name: "Design".into(),
        kind: SubFunctionKind::SharedResource,
    }));
    d.apply(Msg::Mapping(MappingMsg::AddFunction("Sales".into())));
    let pmm = d.mapping.sub_functions[0].id;
    let sales = d.mapping.functions[0].id;
    d.apply(Msg::Mapping(MappingMsg::AddFlow {
        name: "Competitive intel".into(),
        direction: Direction::Input,
        scope: Scope::PrimaryExternal,
        owner: Some(pmm),
    }));
    d.apply(Msg::Mapping(MappingMsg::AddFlow {
        name: "Battle cards".into(),
        direction: Direction::Output,
        scope: Scope::SecondaryInternal,
        owner: Some(pmm),
    }));
    let out = d.mapping.flows[1].id;
    d.apply(Msg::Mapping(MappingMsg::EditFlow(
        out,
        FlowEdit::Counterpart(Some(Counterpart::Function(sales))),
    )));
    d.apply(Msg::Mapping(MappingMsg::EditFlow(
        out,
        FlowEdit::Status(FlowStatus::Planned),
    )));
    d.apply(Msg::Ops(OpsMsg::SetDashboard(
        "Looker: Marketing weekly".into(),
    )));
    d.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::MetricsReporting,
        Some(MaturityStage::Efficient),
    )));
    d.apply(Msg::Assess(AssessMsg::SetEvidence(
        Dimension::MetricsReporting,
        "Weekly pipeline report".into(),
    )));
    d.apply(Msg::Ops(OpsMsg::LogChange(ChangeEntry {
        area: ChangeArea::Company,
        kind: "Investment rounds".into(),
        text: "Series B closed".into(),
        at: Timestamp(1_790_000_100_000),
        ..ChangeEntry::default()
    })));
    d.apply(Msg::Model(ModelMsg::SaveVersion {
        name: "Q4 2026 baseline".into(),
        at: Timestamp(1_790_000_200_000),
    }));
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
