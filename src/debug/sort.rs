//! Go's `sort.Slice` where it matters for byte-exact tables.
//!
//! For up to 12 elements Go runs a plain insertion sort, which is stable and which also
//! decides what an inconsistent comparator (upstream's route sort) does; we run the same
//! one. Beyond 12 Go's pdqsort may reorder equal elements; we keep them stable instead.

/// Sorts with a Go-style `less(a, b)`.
pub fn go_sort_slice<T>(items: &mut [T], less: &impl Fn(&T, &T) -> bool) {
    sort_dyn(items, less);
}

fn sort_dyn<T>(items: &mut [T], less: &dyn Fn(&T, &T) -> bool) {
    if items.len() <= 12 {
        for i in 1..items.len() {
            let mut j = i;
            while j > 0 && less(&items[j], &items[j - 1]) {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    // A merge sort of our own: std's sorts may panic on an inconsistent comparator.
    let mid = items.len() / 2;
    sort_dyn(&mut items[..mid], less);
    sort_dyn(&mut items[mid..], less);
    let mut order: Vec<usize> = Vec::with_capacity(items.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < items.len() {
        if less(&items[j], &items[i]) {
            order.push(j);
            j += 1;
        } else {
            order.push(i);
            i += 1;
        }
    }
    order.extend(i..mid);
    order.extend(j..items.len());
    apply_order(items, order);
}

/// Rearranges `items` so that position k holds what was at `order[k]`.
fn apply_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut cur = start;
        while order[cur] != start {
            let next = order[cur];
            items.swap(cur, next);
            order[cur] = cur;
            cur = next;
        }
        order[cur] = cur;
    }
}

#[cfg(test)]
mod tests {
    use super::go_sort_slice;

    #[test]
    fn an_inconsistent_comparator_behaves_as_in_go_for_small_slices() {
        // Upstream's route sort: names that are not numbers never compare less.
        let less = |a: &&str, b: &&str| match (a.parse::<i64>(), b.parse::<i64>()) {
            (Ok(x), Ok(y)) => x < y,
            _ => false,
        };
        let mut v = vec!["80", "x", "15", "8080", "9"];
        go_sort_slice(&mut v, &less);
        assert_eq!(v, vec!["80", "x", "9", "15", "8080"]);
    }

    #[test]
    fn long_slices_sort_stably() {
        let mut v: Vec<(u32, usize)> = (0..40).map(|i| ((i * 7 % 5) as u32, i)).collect();
        go_sort_slice(&mut v, &|a: &(u32, usize), b: &(u32, usize)| a.0 < b.0);
        assert!(v.windows(2).all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)), "{v:?}");
    }
}
