//! Ordered, named migrations of the raw JSON, one schema version at a time.
//!
//! History: schema 1 is the first published format (2026-11). Its fixtures are frozen in
//! `tests/fixtures/` (an export and a stored model). To add schema 2, bump
//! [`SCHEMA_VERSION`](super::SCHEMA_VERSION), append a migration `from: 1` here, and run
//! `cargo test --test upgrades -- --ignored freeze` to freeze schema 2's fixtures; the
//! upgrade tests then open every version's fixtures.

use super::error::LoadError;
use serde_json::Value;

/// One step from schema `from` to `from + 1`, applied to the envelope's `model` value.
pub struct Migration {
    pub from: u64,
    pub name: &'static str,
    pub run: fn(&mut Value) -> Result<(), String>,
}

/// Every migration, oldest first. Empty while schema 1 is the only one.
pub const MIGRATIONS: &[Migration] = &[];

/// Runs the migrations that take `model` from schema `from` to `to`, in order.
pub fn migrate(
    model: &mut Value,
    from: u64,
    to: u64,
    migrations: &[Migration],
) -> Result<(), LoadError> {
    let mut version = from;
    while version < to {
        let step = migrations
            .iter()
            .find(|m| m.from == version)
            .ok_or(LoadError::Migration {
                from: version,
                name: "missing",
                detail: format!("no migration from schema {version}"),
            })?;
        (step.run)(model).map_err(|detail| LoadError::Migration {
            from: version,
            name: step.name,
            detail,
        })?;
        version += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rename_title(v: &mut Value) -> Result<(), String> {
        let obj = v.as_object_mut().ok_or("model is not an object")?;
        if let Some(t) = obj.remove("title") {
            obj.insert("company".into(), t);
        }
        Ok(())
    }

    fn add_flag(v: &mut Value) -> Result<(), String> {
        v["flag"] = json!(true);
        Ok(())
    }

    const STEPS: &[Migration] = &[
        Migration {
            from: 1,
            name: "rename_title_to_company",
            run: rename_title,
        },
        Migration {
            from: 2,
            name: "add_flag",
            run: add_flag,
        },
    ];

    #[test]
    fn runs_steps_in_order_from_the_stored_version() {
        let mut v = json!({"title": "Acme"});
        migrate(&mut v, 1, 3, STEPS).unwrap();
        assert_eq!(v, json!({"company": "Acme", "flag": true}));

        let mut v = json!({"company": "Acme"});
        migrate(&mut v, 2, 3, STEPS).unwrap();
        assert_eq!(v, json!({"company": "Acme", "flag": true}));
    }

    #[test]
    fn a_gap_or_a_failing_step_is_a_named_error() {
        let mut v = json!({});
        let err = migrate(&mut v, 0, 2, STEPS).unwrap_err();
        assert!(matches!(err, LoadError::Migration { from: 0, .. }));

        let mut v = json!([]);
        let err = migrate(&mut v, 1, 2, STEPS).unwrap_err();
        assert_eq!(
            err,
            LoadError::Migration {
                from: 1,
                name: "rename_title_to_company",
                detail: "model is not an object".into()
            }
        );
    }
}
