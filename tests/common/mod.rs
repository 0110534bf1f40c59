//! Helpers shared by the integration tests that read an `Analysis`'s
//! clusters.

use lede::{Analysis, Cluster};

/// The cluster whose canonical name is `name`, or a panic that lists them.
pub fn cluster<'a>(a: &'a Analysis, name: &str) -> &'a Cluster {
    a.clusters
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no cluster {name:?} in {:?}",
                a.clusters.iter().map(|c| &c.name).collect::<Vec<_>>()
            )
        })
}
