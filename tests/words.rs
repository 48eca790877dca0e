//! The domain counts by stored keys and typed kinds; `content` words them. Every key the domain
//! counts has its words, in the same order, so no gap, check or question is shown blank.

use marketing_os::content::{assessment, diagnostics, gaps, mapping, sample::sample};
use marketing_os::domain::mapping::{SkillQuestion, TeamPractice};
use marketing_os::domain::maturity::{COMPONENT_KEYS, DRIVER_KEYS, FITNESS_KEYS};
use marketing_os::domain::plan::QUESTION_KEYS;
use marketing_os::domain::Timestamp;

#[test]
fn every_key_the_domain_counts_has_its_words_in_order() {
    assert_eq!(
        assessment::COMPONENTS
            .iter()
            .map(|c| c.0)
            .collect::<Vec<_>>(),
        COMPONENT_KEYS
    );
    assert_eq!(
        assessment::FITNESS.iter().map(|c| c.0).collect::<Vec<_>>(),
        FITNESS_KEYS
    );
    assert_eq!(
        assessment::DRIVERS.iter().map(|c| c.0).collect::<Vec<_>>(),
        DRIVER_KEYS
    );
    let questions: Vec<&str> = diagnostics::AREAS
        .iter()
        .flat_map(|(_, qs)| qs.iter().map(|q| q.0))
        .collect();
    assert_eq!(questions, QUESTION_KEYS);
    let practices: Vec<TeamPractice> = mapping::PRACTICES.iter().map(|p| p.0).collect();
    assert_eq!(practices, TeamPractice::ALL);
    let skills: Vec<SkillQuestion> = mapping::SKILLS.iter().map(|p| p.0).collect();
    assert_eq!(skills, SkillQuestion::ALL);
}

#[test]
fn every_gap_of_the_sample_reads_as_an_action_with_a_reason() {
    let now = Timestamp(1_795_392_000_000);
    let list = gaps::list(&sample(now), now);
    assert!(list.len() > 10, "{}", list.len());
    for g in &list {
        assert!(!g.title.trim().is_empty(), "{g:?}");
        assert!(!g.why.trim().is_empty(), "{g:?}");
        assert!(!g.hypothesis.trim().is_empty(), "{g:?}");
        assert!(!g.title.contains('_'), "a stored key shown as words: {g:?}");
    }
}
