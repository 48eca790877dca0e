//! Which element of a model something points at: a gap, a finding, a progress check. The
//! domain names the element; `ui` turns it into an address (see `ui::target`).

use super::assessment::Dimension;
use super::ids::{CategoryId, FlowId, ProgramId, SubFunctionId};
use super::progress::Part;

/// An element of a model, or a section of one of its pages.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// Stage 1 as a whole.
    Dialogue,
    /// A listen or speak category in Stage 1.
    Category(CategoryId),
    /// A constituent's program in Stage 1.
    Program(ProgramId),
    /// A flow on the Stage 2 map.
    Flow(FlowId),
    /// A sub-function on the Stage 2 map.
    SubFunction(SubFunctionId),
    /// The Stage 2 map as a whole.
    Map,
    /// Stage 2's marketing-to-marketing loop and skills.
    TeamLoop,
    /// The team page's roles for the next stage.
    NextStage,
    /// A flow's process pathway in Stage 3.
    Pathway(FlowId),
    /// Stage 3's pathways as a whole.
    Pathways,
    /// Stage 3's RACI.
    Raci,
    /// Stage 3's scorecard.
    Scorecard,
    /// Stage 3's review rhythm.
    Rhythm,
    /// An assessment dimension.
    Dimension(Dimension),
    /// The assessment's health checks.
    Health,
    /// The assessment's strategic drivers.
    Drivers,
    /// A diagnostic question, by its stored key.
    Question(String),
}

impl Target {
    /// The part of the method the element belongs to; none for what every model has (the
    /// diagnostic questions).
    pub fn part(&self) -> Option<Part> {
        use Target::*;
        match self {
            Dialogue | Category(_) | Program(_) => Some(Part::Dialogue),
            Flow(_) | SubFunction(_) | Map | TeamLoop => Some(Part::Mapping),
            NextStage | Pathway(_) | Pathways | Raci | Scorecard | Rhythm => Some(Part::Operations),
            Dimension(_) | Health | Drivers => Some(Part::Assessment),
            Question(_) => None,
        }
    }
}
