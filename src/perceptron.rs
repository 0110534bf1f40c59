//! The averaged perceptron both trainers use (`train-ner`, `train-quotes`):
//! float weights per (bucket, tag), with running totals so that the average
//! over all steps is `weights - totals / step` without storing every step.
//! Built only with the `train` feature: the engine reads packed models.

use crate::entities::tagger::bucket;

pub struct AveragedPerceptron {
    tags: usize,
    buckets: usize,
    weights: Vec<f32>,
    /// Sum of `step × update`.
    totals: Vec<f32>,
    step: f32,
}

impl AveragedPerceptron {
    pub fn new(tags: usize, buckets: usize) -> Self {
        AveragedPerceptron {
            tags,
            buckets,
            weights: vec![0.0; buckets * tags],
            totals: vec![0.0; buckets * tags],
            step: 1.0,
        }
    }

    pub fn tags(&self) -> usize {
        self.tags
    }

    pub fn buckets(&self) -> usize {
        self.buckets
    }

    /// The current weights of bucket `b`, one per tag.
    pub fn row(&self, b: usize) -> &[f32] {
        &self.weights[b * self.tags..(b + 1) * self.tags]
    }

    /// The averaged weights, bucket by bucket.
    pub fn averaged(&self) -> Vec<f32> {
        self.weights
            .iter()
            .zip(&self.totals)
            .map(|(w, t)| w - t / self.step)
            .collect()
    }

    /// After a decision: move weight from `predicted` to `gold` in the bucket
    /// of each feature hash (nothing if they agree).
    pub fn update(&mut self, hashes: &[u64], gold: usize, predicted: usize) {
        if gold == predicted {
            return;
        }
        for &h in hashes {
            let b = bucket(h, self.buckets) * self.tags;
            self.weights[b + gold] += 1.0;
            self.totals[b + gold] += self.step;
            self.weights[b + predicted] -= 1.0;
            self.totals[b + predicted] -= self.step;
        }
    }

    /// Add `delta` to `tag`'s weight in the bucket of each feature hash
    /// (for structured updates, where the gold and predicted sequences
    /// differ in their features).
    pub fn add(&mut self, hashes: &[u64], tag: usize, delta: f32) {
        for &h in hashes {
            let b = bucket(h, self.buckets) * self.tags + tag;
            self.weights[b] += delta;
            self.totals[b] += delta * self.step;
        }
    }

    /// Count one decision, for the average.
    pub fn tick(&mut self) {
        self.step += 1.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_average_weighs_each_update_by_how_long_it_stood() {
        let mut p = AveragedPerceptron::new(2, 1);
        p.tick(); // step 2: no update yet
        p.update(&[7], 1, 0); // weights (-1, 1) from step 2 on
        p.tick();
        p.tick(); // step 4
        assert_eq!(p.row(0), &[-1.0, 1.0]);
        // Averaged over steps 1..4: absent at step 1, present at 2 and 3 → (4-2)/4.
        assert_eq!(p.averaged(), vec![-0.5, 0.5]);
        p.update(&[7], 1, 1);
        assert_eq!(p.row(0), &[-1.0, 1.0]);
    }
}
