//! Where each box of the map goes: the order within each column, then the
//! heights.
//!
//! Grounds keep file order, so G1 stays on top. Each ground's points sit in
//! a band beside it, so point→ground edges never cross. Crossings can only
//! happen between points and exhibits: barycentre sweeps order the exhibits
//! by the points they prove and the points (within their ground) by their
//! exhibits, keeping the ordering with the fewest crossings, file order on a
//! tie. Heights then follow the edges: each box is pulled level with what it
//! connects to, as near as it can get without overlapping its neighbours.

/// What the layout needs to know about the map.
pub struct Input<'a> {
    pub ground_heights: &'a [f64],
    /// Each point's height and ground; points are grouped by ground in
    /// ground order.
    pub point_heights: &'a [f64],
    pub point_ground: &'a [usize],
    pub exhibit_heights: &'a [f64],
    /// (exhibit, point) pairs.
    pub proves: &'a [(usize, usize)],
    /// The height of the "no response" box beside a ground with no points.
    pub placeholder_height: f64,
}

/// Tops of every box, from 0 at the top of the columns.
#[derive(Debug, Clone)]
pub struct Placement {
    pub ground_y: Vec<f64>,
    pub point_y: Vec<f64>,
    pub exhibit_y: Vec<f64>,
    /// Per ground with no points, the top of its "no response" box.
    pub placeholder_y: Vec<Option<f64>>,
    /// The orders chosen (the tops say the same; tests read these).
    #[cfg_attr(not(test), allow(dead_code))]
    pub point_order: Vec<usize>,
    #[cfg_attr(not(test), allow(dead_code))]
    pub exhibit_order: Vec<usize>,
    /// How many exhibit→point edges cross.
    pub crossings: usize,
    pub height: f64,
}

/// Space between boxes of one column.
pub const GAP: f64 = 10.0;
/// Space between the bands of two grounds.
pub const BAND_GAP: f64 = 24.0;
const SWEEPS: usize = 8;

pub fn place(input: &Input<'_>) -> Placement {
    let (point_order, exhibit_order, crossings) = order(input);
    let bands = Bands::new(input, &point_order);
    let mut exhibit_points: Vec<Vec<usize>> = vec![Vec::new(); input.exhibit_heights.len()];
    for &(e, p) in input.proves {
        exhibit_points[e].push(p);
    }
    let (cited, uncited): (Vec<usize>, Vec<usize>) = exhibit_order
        .iter()
        .partition(|&&e| !exhibit_points[e].is_empty());

    let mut band_y = stack(&bands.heights, BAND_GAP);
    let mut point_y = vec![0.0; input.point_heights.len()];
    let mut exhibit_y = vec![0.0; input.exhibit_heights.len()];
    for round in 0..3 {
        centre_points(input, &bands, &band_y, &mut point_y);
        level_exhibits(input, &cited, &exhibit_points, &point_y, &mut exhibit_y);
        if round == 2 {
            break;
        }
        band_y = level_bands(input, &bands, &band_y, &exhibit_y);
    }
    place_uncited(input, &cited, &uncited, &mut exhibit_y);

    let n_grounds = input.ground_heights.len();
    let ground_y: Vec<f64> = (0..n_grounds)
        .map(|g| band_y[g] + (bands.heights[g] - input.ground_heights[g]) / 2.0)
        .collect();
    let placeholder_y: Vec<Option<f64>> = (0..n_grounds)
        .map(|g| {
            bands.points[g]
                .is_empty()
                .then(|| band_y[g] + (bands.heights[g] - input.placeholder_height) / 2.0)
        })
        .collect();
    let height = band_y
        .iter()
        .zip(&bands.heights)
        .map(|(y, h)| y + h)
        .chain(exhibit_y.iter().zip(input.exhibit_heights).map(|(y, h)| y + h))
        .fold(0.0, f64::max);
    Placement {
        ground_y,
        point_y,
        exhibit_y,
        placeholder_y,
        point_order,
        exhibit_order,
        crossings,
        height,
    }
}

/// Each band holds one ground and its points, in point order, and is as
/// tall as the taller of the two.
struct Bands {
    points: Vec<Vec<usize>>,
    heights: Vec<f64>,
}

impl Bands {
    fn new(input: &Input<'_>, point_order: &[usize]) -> Bands {
        let n_grounds = input.ground_heights.len();
        let mut points: Vec<Vec<usize>> = vec![Vec::new(); n_grounds];
        for &p in point_order {
            points[input.point_ground[p]].push(p);
        }
        let heights = (0..n_grounds)
            .map(|g| input.ground_heights[g].max(stack_height(input, &points[g])))
            .collect();
        Bands { points, heights }
    }
}

/// The height of a band's points stacked, or of the placeholder when it
/// has none.
fn stack_height(input: &Input<'_>, points: &[usize]) -> f64 {
    if points.is_empty() {
        input.placeholder_height
    } else {
        points.iter().map(|&p| input.point_heights[p]).sum::<f64>() + GAP * (points.len() - 1) as f64
    }
}

fn centre(y: f64, h: f64) -> f64 {
    y + h / 2.0
}

/// Points sit centred in their band.
fn centre_points(input: &Input<'_>, bands: &Bands, band_y: &[f64], point_y: &mut [f64]) {
    for (g, points) in bands.points.iter().enumerate() {
        let mut y = band_y[g] + (bands.heights[g] - stack_height(input, points)) / 2.0;
        for &p in points {
            point_y[p] = y;
            y += input.point_heights[p] + GAP;
        }
    }
}

/// Cited exhibits level with the points they prove.
fn level_exhibits(
    input: &Input<'_>,
    cited: &[usize],
    exhibit_points: &[Vec<usize>],
    point_y: &[f64],
    exhibit_y: &mut [f64],
) {
    let wanted: Vec<f64> = cited
        .iter()
        .map(|&e| {
            let ps = &exhibit_points[e];
            let mean = ps
                .iter()
                .map(|&p| centre(point_y[p], input.point_heights[p]))
                .sum::<f64>()
                / ps.len() as f64;
            mean - input.exhibit_heights[e] / 2.0
        })
        .collect();
    let heights: Vec<f64> = cited.iter().map(|&e| input.exhibit_heights[e]).collect();
    for (&e, y) in cited.iter().zip(fit(&wanted, &heights, GAP)) {
        exhibit_y[e] = y;
    }
}

/// Bands level with the exhibits their points cite; returns the bands'
/// new tops.
fn level_bands(input: &Input<'_>, bands: &Bands, band_y: &[f64], exhibit_y: &[f64]) -> Vec<f64> {
    // One pass over the edges: per ground, the sum and count of the
    // centres of the exhibits its points cite.
    let mut sums = vec![(0.0f64, 0usize); bands.heights.len()];
    for &(e, p) in input.proves {
        let sum = &mut sums[input.point_ground[p]];
        sum.0 += centre(exhibit_y[e], input.exhibit_heights[e]);
        sum.1 += 1;
    }
    let wanted: Vec<f64> = (0..bands.heights.len())
        .map(|g| match sums[g] {
            (_, 0) => band_y[g],
            (sum, n) => sum / n as f64 - bands.heights[g] / 2.0,
        })
        .collect();
    fit(&wanted, &bands.heights, BAND_GAP)
}

/// Exhibits that nothing cites go last, below the lowest cited one.
fn place_uncited(input: &Input<'_>, cited: &[usize], uncited: &[usize], exhibit_y: &mut [f64]) {
    let mut bottom = cited
        .iter()
        .map(|&e| exhibit_y[e] + input.exhibit_heights[e] + BAND_GAP)
        .fold(0.0, f64::max);
    for &e in uncited {
        exhibit_y[e] = bottom;
        bottom += input.exhibit_heights[e] + GAP;
    }
}

/// Boxes stacked from 0 with `gap` between them.
fn stack(heights: &[f64], gap: f64) -> Vec<f64> {
    let mut y = 0.0;
    heights
        .iter()
        .map(|h| {
            let top = y;
            y += h + gap;
            top
        })
        .collect()
}

/// Tops as close as possible (least squares) to `wanted`, in the given
/// order, at least `gap` apart and none above 0: with each top measured
/// from where the stack would put it, this is an isotonic regression,
/// solved by pooling adjacent violators.
fn fit(wanted: &[f64], heights: &[f64], gap: f64) -> Vec<f64> {
    let offsets = stack(heights, gap);
    // Blocks of (sum of targets, count); a block's tops share one shift.
    let mut blocks: Vec<(f64, usize)> = Vec::new();
    for (w, o) in wanted.iter().zip(&offsets) {
        blocks.push((w - o, 1));
        while blocks.len() > 1 {
            let (s1, n1) = blocks[blocks.len() - 1];
            let (s0, n0) = blocks[blocks.len() - 2];
            if s0 / n0 as f64 <= s1 / n1 as f64 {
                break;
            }
            blocks.pop();
            let last = blocks.len() - 1;
            blocks[last] = (s0 + s1, n0 + n1);
        }
    }
    let mut tops = Vec::with_capacity(wanted.len());
    for (sum, n) in blocks {
        let shift = (sum / n as f64).max(0.0);
        for _ in 0..n {
            tops.push(offsets[tops.len()] + shift);
        }
    }
    tops
}

/// The order of points and exhibits, and the crossings it leaves.
fn order(input: &Input<'_>) -> (Vec<usize>, Vec<usize>, usize) {
    let n_points = input.point_heights.len();
    let n_exhibits = input.exhibit_heights.len();
    let mut point_order: Vec<usize> = (0..n_points).collect();
    let mut point_exhibits: Vec<Vec<usize>> = vec![Vec::new(); n_points];
    let mut exhibit_points: Vec<Vec<usize>> = vec![Vec::new(); n_exhibits];
    for &(e, p) in input.proves {
        point_exhibits[p].push(e);
        exhibit_points[e].push(p);
    }
    // Ties keep the order exhibits are first cited in (their letter order),
    // then file order.
    let mut first_cited = vec![usize::MAX; n_exhibits];
    for (rank, e) in point_order.iter().flat_map(|&p| &point_exhibits[p]).enumerate() {
        first_cited[*e] = first_cited[*e].min(rank);
    }
    let mut exhibit_order: Vec<usize> = (0..n_exhibits).collect();
    exhibit_order.sort_by_key(|&e| first_cited[e]);

    let ranks = |order: &[usize], n: usize| {
        let mut rank = vec![0usize; n];
        for (r, &i) in order.iter().enumerate() {
            rank[i] = r;
        }
        rank
    };
    let sort_exhibits = |order: &mut Vec<usize>, point_order: &[usize]| {
        let point_rank = ranks(point_order, n_points);
        let bary: Vec<f64> = (0..n_exhibits)
            .map(|e| mean(exhibit_points[e].iter().map(|&p| point_rank[p] as f64)).unwrap_or(f64::INFINITY))
            .collect();
        order.sort_by(|&a, &b| bary[a].total_cmp(&bary[b]));
    };
    let sort_points = |order: &mut Vec<usize>, exhibit_order: &[usize]| {
        let exhibit_rank = ranks(exhibit_order, n_exhibits);
        let bary = |p: usize| mean(point_exhibits[p].iter().map(|&e| exhibit_rank[e] as f64));
        // Within each ground, points that cite something trade places by
        // barycentre; the others keep their slots.
        let mut start = 0;
        while start < order.len() {
            let ground = input.point_ground[order[start]];
            let end = order[start..]
                .iter()
                .position(|&p| input.point_ground[p] != ground)
                .map_or(order.len(), |n| start + n);
            let slots: Vec<usize> = (start..end).filter(|&s| bary(order[s]).is_some()).collect();
            let mut movers: Vec<usize> = slots.iter().map(|&s| order[s]).collect();
            movers.sort_by(|&a, &b| bary(a).unwrap_or(0.0).total_cmp(&bary(b).unwrap_or(0.0)));
            for (slot, p) in slots.into_iter().zip(movers) {
                order[slot] = p;
            }
            start = end;
        }
    };
    let count = |point_order: &[usize], exhibit_order: &[usize]| {
        crossings(
            input.proves,
            &ranks(point_order, n_points),
            &ranks(exhibit_order, n_exhibits),
        )
    };

    sort_exhibits(&mut exhibit_order, &point_order);
    let mut best = (
        point_order.clone(),
        exhibit_order.clone(),
        count(&point_order, &exhibit_order),
    );
    for _ in 0..SWEEPS {
        if best.2 == 0 {
            break;
        }
        sort_points(&mut point_order, &exhibit_order);
        sort_exhibits(&mut exhibit_order, &point_order);
        let n = count(&point_order, &exhibit_order);
        if n < best.2 {
            best = (point_order.clone(), exhibit_order.clone(), n);
        }
    }

    // Then neighbours trade places wherever that alone removes crossings.
    let (mut point_order, mut exhibit_order, _) = best;
    for _ in 0..MAX_PASSES {
        let point_rank = ranks(&point_order, n_points);
        let moved_exhibits = transpose(&mut exhibit_order, &exhibit_points, &point_rank, |_, _| true);
        let exhibit_rank = ranks(&exhibit_order, n_exhibits);
        let same_ground = |a: usize, b: usize| input.point_ground[a] == input.point_ground[b];
        let moved_points = transpose(&mut point_order, &point_exhibits, &exhibit_rank, same_ground);
        if !moved_exhibits && !moved_points {
            break;
        }
    }
    let n = count(&point_order, &exhibit_order);
    (point_order, exhibit_order, n)
}

/// Passes of swapping neighbours; each swap removes at least one crossing,
/// so this only bounds the time on huge cases.
const MAX_PASSES: usize = 50;

/// One pass down `order`, swapping each neighbour pair (allowed to trade)
/// whose edges to the other column cross less the other way round; says
/// whether anything moved.
fn transpose(
    order: &mut [usize],
    neighbours: &[Vec<usize>],
    other_rank: &[usize],
    may_trade: impl Fn(usize, usize) -> bool,
) -> bool {
    // Crossings between the edges of `u` and of `v` with `u` above `v`.
    let cost = |u: usize, v: usize| {
        let mut n = 0;
        for &a in &neighbours[u] {
            n += neighbours[v]
                .iter()
                .filter(|&&b| other_rank[a] > other_rank[b])
                .count();
        }
        n
    };
    let mut moved = false;
    for i in 1..order.len() {
        let (u, v) = (order[i - 1], order[i]);
        if may_trade(u, v) && cost(u, v) > cost(v, u) {
            order.swap(i - 1, i);
            moved = true;
        }
    }
    moved
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Pairs of exhibit→point edges that cross, given each node's rank in its
/// column: pairs whose point ranks and exhibit ranks are both strictly in
/// opposite order. Counted in O(E log E) with a Fenwick tree over exhibit
/// ranks, since a large case has hundreds of thousands of edges.
pub fn crossings(proves: &[(usize, usize)], point_rank: &[usize], exhibit_rank: &[usize]) -> usize {
    let mut edges: Vec<(usize, usize)> = proves
        .iter()
        .map(|&(e, p)| (point_rank[p], exhibit_rank[e]))
        .collect();
    edges.sort_unstable();
    let size = edges.iter().map(|e| e.1 + 1).max().unwrap_or(0);
    // tree[i] counts inserted edges by exhibit rank (1-based Fenwick tree).
    let mut tree = vec![0usize; size + 1];
    let mut inserted = 0;
    let mut n = 0;
    let mut start = 0;
    while start < edges.len() {
        // Edges from one point never cross each other: count the whole
        // group against the points above it, then insert it.
        let end = edges[start..]
            .iter()
            .position(|e| e.0 != edges[start].0)
            .map_or(edges.len(), |k| start + k);
        for &(_, rank) in &edges[start..end] {
            let mut at_most = 0;
            let mut i = rank + 1;
            while i > 0 {
                at_most += tree[i];
                i &= i - 1;
            }
            n += inserted - at_most;
        }
        for &(_, rank) in &edges[start..end] {
            let mut i = rank + 1;
            while i <= size {
                tree[i] += 1;
                i += i & i.wrapping_neg();
            }
            inserted += 1;
        }
        start = end;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(proves: &'a [(usize, usize)], point_ground: &'a [usize], heights: &'a [f64]) -> Input<'a> {
        Input {
            ground_heights: &heights[..point_ground.iter().max().map_or(0, |g| g + 1)],
            point_heights: &heights[..point_ground.len()],
            point_ground,
            exhibit_heights: &heights[..proves.iter().map(|p| p.0 + 1).max().unwrap_or(0)],
            proves,
            placeholder_height: 20.0,
        }
    }

    #[test]
    fn exhibits_cited_in_reverse_are_turned_round() {
        // Three grounds, one point each; exhibit 0 proves the last point.
        let proves = [(0, 2), (1, 1), (2, 0)];
        let heights = [30.0; 3];
        let placed = place(&input(&proves, &[0, 1, 2], &heights));
        assert_eq!(placed.crossings, 0);
        assert_eq!(placed.exhibit_order, [2, 1, 0]);
        assert!(placed.exhibit_y[2] < placed.exhibit_y[1] && placed.exhibit_y[1] < placed.exhibit_y[0]);
    }

    #[test]
    fn points_of_one_ground_may_swap_but_never_leave_it() {
        // Ground 0 has points 0 and 1; point 0 cites the exhibit shared
        // with ground 1's point, so it moves down next to it.
        let proves = [(0, 1), (1, 0), (1, 2), (2, 0)];
        let heights = [30.0; 3];
        let placed = place(&input(&proves, &[0, 0, 1], &heights));
        let grounds: Vec<usize> = placed.point_order.iter().map(|&p| [0, 0, 1][p]).collect();
        assert_eq!(grounds, [0, 0, 1]);
        assert!(placed.crossings <= crossings(&proves, &[0, 1, 2], &[0, 1, 2]));
    }

    #[test]
    fn boxes_of_a_column_never_overlap() {
        // Nine exhibits all pulled towards the one point.
        let proves: Vec<(usize, usize)> = (0..9).map(|e| (e, 0)).collect();
        let heights = [40.0; 9];
        let placed = place(&input(&proves, &[0], &heights));
        let mut tops = placed.exhibit_y.clone();
        tops.sort_by(f64::total_cmp);
        assert!(tops[0] >= 0.0);
        assert!(tops.windows(2).all(|w| w[1] - w[0] >= 40.0 + GAP - 1e-9));
    }

    #[test]
    fn fitting_pools_boxes_that_want_the_same_place() {
        let tops = fit(&[100.0, 100.0], &[20.0, 20.0], 10.0);
        assert_eq!(tops, [85.0, 115.0]);
        assert_eq!(fit(&[-50.0, 300.0], &[20.0, 20.0], 10.0), [0.0, 300.0]);
    }

    #[test]
    fn crossings_match_a_pairwise_count() {
        let pairwise = |proves: &[(usize, usize)], pr: &[usize], er: &[usize]| {
            let mut n = 0;
            for (i, &(e1, p1)) in proves.iter().enumerate() {
                for &(e2, p2) in &proves[i + 1..] {
                    let (a, b) = ((pr[p1], er[e1]), (pr[p2], er[e2]));
                    if (a.0 < b.0 && a.1 > b.1) || (b.0 < a.0 && b.1 > a.1) {
                        n += 1;
                    }
                }
            }
            n
        };
        // A small pseudo-random bipartite graph, with repeated ranks.
        let mut seed = 7u64;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        for _ in 0..50 {
            let proves: Vec<(usize, usize)> = (0..40).map(|_| (next(12), next(15))).collect();
            let pr: Vec<usize> = (0..15).map(|_| next(10)).collect();
            let er: Vec<usize> = (0..12).map(|_| next(8)).collect();
            assert_eq!(crossings(&proves, &pr, &er), pairwise(&proves, &pr, &er));
        }
    }

    #[test]
    fn crossings_are_counted_pairwise() {
        assert_eq!(crossings(&[(0, 0), (1, 1)], &[0, 1], &[1, 0]), 1);
        assert_eq!(crossings(&[(0, 0), (1, 1)], &[0, 1], &[0, 1]), 0);
        // Edges sharing an end do not cross.
        assert_eq!(crossings(&[(0, 0), (1, 0)], &[0], &[0, 1]), 0);
    }
}
