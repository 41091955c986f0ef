//! A statistics table as the annual returns lay it out: rows per reporting unit, columns in
//! groups (a merged header over its columns), a 合计 row, and the checks that its figures add
//! up. Counting is a pure function over the items each unit holds.

use uuid::Uuid;

/// A column: a key (stable for integrators), its printed label and what it counts.
pub struct Column<T> {
    /// Stable key.
    pub key: &'static str,
    /// Printed header.
    pub label: &'static str,
    /// Whether an item counts in this column.
    pub counts: Box<dyn Fn(&T) -> bool + Send + Sync>,
}

impl<T> Column<T> {
    /// A column counting the items `counts` accepts.
    pub fn new(
        key: &'static str,
        label: &'static str,
        counts: impl Fn(&T) -> bool + Send + Sync + 'static,
    ) -> Self {
        Self {
            key,
            label,
            counts: Box::new(counts),
        }
    }
}

/// Columns under one merged header. In a partition every item falls in exactly one column,
/// so the group adds up to the row's total.
pub struct Group<T> {
    /// The merged header.
    pub label: &'static str,
    /// Whether the columns split the total.
    pub partition: bool,
    /// The columns.
    pub columns: Vec<Column<T>>,
}

/// A reporting unit: one row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Printed name (`本级` for the chosen org's own members).
    pub label: String,
    /// The org it stands for.
    pub org_id: Uuid,
}

/// The header of one column as computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnHead {
    /// Stable key.
    pub key: &'static str,
    /// Printed header.
    pub label: &'static str,
}

/// A group's header as computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupHead {
    /// The merged header.
    pub label: &'static str,
    /// Its columns.
    pub columns: Vec<ColumnHead>,
}

/// One row of figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The unit.
    pub unit: Unit,
    /// One figure per column, in header order.
    pub values: Vec<i64>,
}

/// A computed table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Stable key (`party.members`, …).
    pub key: &'static str,
    /// Printed title.
    pub title: &'static str,
    /// The label over the units' column (`单位`).
    pub unit_label: &'static str,
    /// The total column's header; its figure is each row's item count.
    pub total_label: &'static str,
    /// The grouped headers, after the total column.
    pub groups: Vec<GroupHead>,
    /// One row per unit.
    pub rows: Vec<Row>,
    /// The 合计 row: per column, the sum of the rows.
    pub totals: Vec<i64>,
}

/// A consistency check shown before export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What was checked.
    pub description: String,
    /// Whether it held.
    pub passed: bool,
}

/// The layout of a table: its key, title and column groups.
pub struct Layout<T> {
    /// Stable key.
    pub key: &'static str,
    /// Printed title.
    pub title: &'static str,
    /// The total column's header.
    pub total_label: &'static str,
    /// Column groups.
    pub groups: Vec<Group<T>>,
}

impl<T> Layout<T> {
    /// Counts `items` (each with the index of its unit) into a table with one row per unit,
    /// and the checks that its partitions add up to each row's total (the 合计 row is the
    /// rows' sum by construction, so it is not a check; that every person is counted once is
    /// checked over all tables by the service).
    pub fn count(&self, units: &[Unit], items: &[(usize, T)]) -> (Table, Vec<Check>) {
        let width: usize = self.groups.iter().map(|g| g.columns.len()).sum();
        // Column 0 is the total.
        let mut values = vec![vec![0i64; width + 1]; units.len()];
        for (unit, item) in items {
            let Some(row) = values.get_mut(*unit) else {
                continue;
            };
            row[0] += 1;
            let cols = self.groups.iter().flat_map(|g| g.columns.iter());
            for (i, col) in cols.enumerate() {
                if (col.counts)(item) {
                    row[i + 1] += 1;
                }
            }
        }
        let totals: Vec<i64> = (0..=width)
            .map(|c| values.iter().map(|r| r[c]).sum())
            .collect();
        let mut checks = Vec::new();
        let mut offset = 1;
        for g in &self.groups {
            let span = offset..offset + g.columns.len();
            if g.partition {
                let bad = values
                    .iter()
                    .chain(std::iter::once(&totals))
                    .filter(|r| r[span.clone()].iter().sum::<i64>() != r[0])
                    .count();
                checks.push(Check {
                    description: format!(
                        "{}：「{}」各栏之和等于{}",
                        self.title, g.label, self.total_label
                    ),
                    passed: bad == 0,
                });
            }
            offset = span.end;
        }
        let rows = units
            .iter()
            .cloned()
            .zip(values)
            .map(|(unit, values)| Row { unit, values })
            .collect();
        let table = Table {
            key: self.key,
            title: self.title,
            unit_label: "单位",
            total_label: self.total_label,
            groups: self
                .groups
                .iter()
                .map(|g| GroupHead {
                    label: g.label,
                    columns: g
                        .columns
                        .iter()
                        .map(|c| ColumnHead {
                            key: c.key,
                            label: c.label,
                        })
                        .collect(),
                })
                .collect(),
            rows,
            totals,
        };
        (table, checks)
    }
}

/// A group whose columns split the items by a key: one column per `(key, code, label)`, and an
/// `未登记` column for items without one.
pub fn partition_by<T, K>(
    label: &'static str,
    unknown_key: &'static str,
    of: impl Fn(&T) -> Option<K> + Send + Sync + Clone + 'static,
    columns: &[(&'static str, &'static str, K)],
) -> Group<T>
where
    T: 'static,
    K: PartialEq + Copy + Send + Sync + 'static,
{
    let mut cols: Vec<Column<T>> = columns
        .iter()
        .map(|&(key, label, value)| {
            let of = of.clone();
            Column::new(key, label, move |t: &T| of(t) == Some(value))
        })
        .collect();
    cols.push(Column::new(unknown_key, "未登记", move |t: &T| {
        of(t).is_none()
    }));
    Group {
        label,
        partition: true,
        columns: cols,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(n: usize) -> Vec<Unit> {
        (0..n)
            .map(|i| Unit {
                label: format!("u{i}"),
                org_id: Uuid::nil(),
            })
            .collect()
    }

    fn layout() -> Layout<i32> {
        Layout {
            key: "t",
            title: "测试表",
            total_label: "总数",
            groups: vec![
                Group {
                    label: "符号",
                    partition: true,
                    columns: vec![
                        Column::new("neg", "负", |v: &i32| *v < 0),
                        Column::new("pos", "非负", |v: &i32| *v >= 0),
                    ],
                },
                Group {
                    label: "其中",
                    partition: false,
                    columns: vec![Column::new("big", "大", |v: &i32| v.abs() > 10)],
                },
            ],
        }
    }

    #[test]
    fn items_are_counted_in_their_units_rows_and_the_totals_row_sums_them() {
        let items = [(0, -1), (0, 20), (1, 3), (1, -30), (1, 0)];
        let (t, checks) = layout().count(&units(2), &items);
        assert_eq!(t.rows[0].values, vec![2, 1, 1, 1]);
        assert_eq!(t.rows[1].values, vec![3, 1, 2, 1]);
        assert_eq!(t.totals, vec![5, 2, 3, 2]);
        assert!(checks.iter().all(|c| c.passed), "{checks:?}");
        assert_eq!(checks.len(), 1, "one partition check");
    }

    #[test]
    fn a_partition_that_misses_items_fails_its_check() {
        let mut l = layout();
        l.groups[0].columns.pop();
        let (_, checks) = l.count(&units(1), &[(0, -1), (0, 5)]);
        assert!(!checks[0].passed);
    }

    #[test]
    fn an_item_of_no_unit_is_left_out_and_the_empty_table_adds_up() {
        let (t, checks) = layout().count(&units(1), &[(3, 1)]);
        assert_eq!(t.totals, vec![0, 0, 0, 0]);
        assert!(checks.iter().all(|c| c.passed));
    }

    #[test]
    fn partition_by_adds_an_unrecorded_column() {
        let g = partition_by("奇偶", "none", |v: &Option<u8>| *v, &[("one", "一", 1u8)]);
        let labels: Vec<_> = g.columns.iter().map(|c| c.label).collect();
        assert_eq!(labels, ["一", "未登记"]);
        assert!((g.columns[1].counts)(&None));
        assert!(!(g.columns[1].counts)(&Some(1)));
    }
}
