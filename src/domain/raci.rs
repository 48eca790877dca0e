//! The RACI matrix: what each row is about, the rules a row must keep, and its CSV form.

pub use super::csv::csv_field;
use super::csv::Csv;
use super::document::Document;
use super::operations::{Raci, RaciRow};
use super::operations_msg::RaciCell;

/// Why a RACI row does not hold: exactly one accountable role and at least one responsible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RaciProblem {
    NoAccountable,
    SeveralAccountable(usize),
    NoResponsible,
}

impl RaciRow {
    /// What `role` holds in this row.
    pub fn cell(&self, role: &str) -> RaciCell {
        let letters: Vec<Raci> = self
            .roles
            .iter()
            .filter(|(r, _)| r == role)
            .map(|(_, l)| *l)
            .collect();
        RaciCell::of(&letters)
    }

    /// What is wrong with this row, counting only the matrix's current roles.
    pub fn problems(&self, roles: &[String]) -> Vec<RaciProblem> {
        let count = |l: Raci| {
            roles
                .iter()
                .filter(|role| self.roles.iter().any(|(r, x)| r == *role && *x == l))
                .count()
        };
        let mut out = Vec::new();
        match count(Raci::A) {
            0 => out.push(RaciProblem::NoAccountable),
            1 => {}
            n => out.push(RaciProblem::SeveralAccountable(n)),
        }
        if count(Raci::R) == 0 {
            out.push(RaciProblem::NoResponsible);
        }
        out
    }
}

impl Document {
    /// The name a RACI row shows: its flow's or program's current name, or its own subject.
    pub fn raci_subject(&self, row: &RaciRow) -> String {
        let name = if let Some(f) = row.flow.and_then(|f| self.mapping.flow(f)) {
            format!("Flow: {}", f.name.trim())
        } else if let Some(p) = row.program.and_then(|p| self.dialogue.find_program(p)) {
            format!("Program: {}", p.name.trim())
        } else {
            row.subject.trim().to_string()
        };
        if name.is_empty() {
            "Untitled row".into()
        } else {
            name
        }
    }

    /// The matrix as CSV (RFC 4180): a header of roles, one line per row, `A/R` where a role
    /// is both.
    pub fn raci_csv(&self) -> String {
        let ops = &self.operations;
        let header =
            std::iter::once("Program or flow").chain(ops.raci_roles.iter().map(|r| r.as_str()));
        let mut csv = Csv::new(header);
        for row in &ops.raci {
            let subject = self.raci_subject(row);
            let cells = ops.raci_roles.iter().map(|r| row.cell(r).code());
            csv.row(std::iter::once(subject.as_str()).chain(cells));
        }
        csv.finish()
    }
}
