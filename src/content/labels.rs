//! The names the pages, reports and exports give the domain's kinds. The domain decides what
//! a kind is; these are its words, so they live here beside the rest of what users read.

use crate::domain::assessment::MaturityStage;
use crate::domain::progress::Part;
use crate::domain::team::{Decision, Lifecycle, Qualifier};

impl MaturityStage {
    /// The stage's name as the seed writes it.
    pub fn label(self) -> &'static str {
        match self {
            MaturityStage::Unaware => "Unaware",
            MaturityStage::Efficient => "Efficient",
            MaturityStage::Effective => "Effective",
            MaturityStage::CustomerCentric => "Customer-Centric",
            MaturityStage::NextGeneration => "Next Generation",
        }
    }
}

impl Part {
    /// The part's name as the navigator and reports show it.
    pub fn label(self) -> &'static str {
        match self {
            Part::Dialogue => "Stage 1: Define the dialogue",
            Part::Mapping => "Stage 2: Map inputs and outputs",
            Part::Operations => "Stage 3: Operationalise",
            Part::Assessment => "Maturity assessment",
        }
    }
}

impl Qualifier {
    /// Its name, as users read it.
    pub fn label(self) -> &'static str {
        match self {
            Qualifier::Unset => "Not agreed yet",
            Qualifier::Marketing => "Marketing",
            Qualifier::SalesDevelopment => "Sales development (SDRs)",
            Qualifier::Sales => "Sales",
        }
    }
}

impl Lifecycle {
    /// Its name, as users read it.
    pub fn label(self) -> &'static str {
        match self {
            Lifecycle::Acquisition => "Acquisition",
            Lifecycle::Expansion => "Expansion (existing customers)",
            Lifecycle::Both => "Both",
        }
    }
}

impl Decision {
    /// Its name, as users read it.
    pub fn label(self) -> &'static str {
        match self {
            Decision::Hire => "Hire",
            Decision::Train => "Train someone",
            Decision::Outsource => "Outsource",
        }
    }
}
