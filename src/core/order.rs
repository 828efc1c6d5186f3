//! One sort for the whole app. Every ordering (search results, focus areas, map entries, repeated JSON keys,
//! the history) sorts indices through [`sorted_indices`], so the wasm carries a single copy of the sort code
//! (each distinct `sort_by` call brought its own, about 3 kB). It is a binary insertion sort: the lists are
//! short (a few hundred entries at most, the keys of a language file), and its code is a tenth of the
//! standard library's pattern-defeating quicksort.

use std::cmp::Ordering;

/// The indices `0..n` ordered by `compare`; indices that compare equal keep their order, as in a stable sort.
pub fn sorted_indices(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(n);
    for i in 0..n {
        // After every index that does not compare greater, so that equal ones keep their order.
        let at = order.partition_point(|&j| compare(j, i) != Ordering::Greater);
        order.insert(at, i);
    }
    order
}

/// `items` in the order of `compare`, equal items keeping their order.
pub fn sorted<T>(items: Vec<T>, compare: &dyn Fn(&T, &T) -> Ordering) -> Vec<T> {
    let order = sorted_indices(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}
