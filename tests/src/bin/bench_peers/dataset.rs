//! The one dataset every system is measured on, made from a fixed seed.
//!
//! Tenants are signed up through Tongxin's own `signUp` (so each has its admin, role grants and
//! rule set as in production); everything else is written in bulk as the owner role, inside
//! tenant transactions, so row-level security checks every row. Sizes, names, placements and
//! message texts follow from the seed; row IDs made by the database (conversations, messages)
//! and the signed-up tenants' IDs do not.

use serde_json::json;
use sqlx::{Connection, PgConnection, Row};
use std::time::Instant;
use uuid::Uuid;

/// The shape of the dataset.
#[derive(Clone, Copy)]
pub struct Shape {
    pub tenants: usize,
    pub members: usize,
    pub groups: usize,
    pub messages: usize,
    /// Members of tenant 0, all in one group: the fan-out group.
    pub fanout: usize,
}

/// Tenant 0 also holds this many groups that split the fan-out members evenly between them
/// (the steady-rate measure: many groups of equal size talking at once).
pub const STEADY_GROUPS: usize = 100;

/// What the measurements need to know of one tenant.
#[derive(Clone)]
pub struct TenantRef {
    pub id: Uuid,
    pub admin: Uuid,
    /// The group with the most messages (the history query reads it).
    pub busiest: Uuid,
}

/// The dataset as the load generator sees it.
pub struct Dataset {
    pub tenants: Vec<TenantRef>,
    /// The fan-out group of tenant 0 and its members (who all have accounts).
    pub fanout_group: Uuid,
    pub fanout_members: Vec<Uuid>,
    /// Tenant 0's steady-rate groups, each with its members (fan-out members, in order).
    pub steady_groups: Vec<(Uuid, Vec<Uuid>)>,
}

/// splitmix64: small, fast and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn uuid(&mut self) -> Uuid {
        let bytes = ((self.next() as u128) << 64 | self.next() as u128).to_be_bytes();
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

/// Splits `total` into parts proportional to `weights` (largest remainders), so sums are exact.
pub fn split(total: usize, weights: &[f64]) -> Vec<usize> {
    let sum: f64 = weights.iter().sum();
    let exact: Vec<f64> = weights.iter().map(|w| w / sum * total as f64).collect();
    let mut parts: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    let mut rest = total - parts.iter().sum::<usize>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    for i in order {
        if rest == 0 {
            break;
        }
        parts[i] += 1;
        rest -= 1;
    }
    parts
}

/// Zipf-like weights 1/rank^s: a few large, many small.
pub fn zipf(n: usize, s: f64) -> Vec<f64> {
    (1..=n).map(|r| 1.0 / (r as f64).powf(s)).collect()
}

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
    "秀英", "建华", "志强", "海燕",
];
const BRANCHES: &[&str] = &[
    "机关", "生产", "技术", "销售", "财务", "后勤", "研发", "质检", "物流", "信息",
];

fn person(rng: &mut Rng) -> String {
    format!(
        "{}{}",
        SURNAMES[rng.below(SURNAMES.len())],
        GIVEN[rng.below(GIVEN.len())]
    )
}

/// Whether a dataset of this shape is already in the database (a rerun reuses it).
async fn existing(system: &mut PgConnection, shape: &Shape) -> anyhow::Result<bool> {
    let n = tenant_ids(system).await?.len();
    anyhow::ensure!(
        n == 0 || n == shape.tenants,
        "the database holds {n} benchmark tenants, not {}: drop it and start again",
        shape.tenants
    );
    Ok(n == shape.tenants)
}

/// Signs every tenant up through the API.
async fn sign_up(http: &reqwest::Client, api: &str, shape: &Shape) -> anyhow::Result<()> {
    for t in 0..shape.tenants {
        let slug = format!("peer-t{t:03}");
        let body: serde_json::Value = http
            .post(api)
            .json(&json!({
                "query": "mutation($i: SignUpInput!) { signUp(input: $i) { token } }",
                "variables": { "i": { "tenantName": format!("对比企业{t:03}"), "tenantSlug": slug,
                    "adminName": "管理员", "adminEmail": format!("admin@{slug}.example.cn"),
                    "adminPassword": "Bench-passw0rd" } }
            }))
            .send()
            .await?
            .json()
            .await?;
        anyhow::ensure!(
            body["data"]["signUp"]["token"].is_string(),
            "sign-up of {slug}: {body}"
        );
    }
    Ok(())
}

/// Makes the dataset (unless it is there already) and reads back what the runs need.
pub async fn ensure(
    owner_url: &str,
    system_url: &str,
    http: &reqwest::Client,
    api: &str,
    shape: &Shape,
    seed: u64,
) -> anyhow::Result<Dataset> {
    let mut owner = PgConnection::connect(owner_url).await?;
    // Tenants are listed through the cross-tenant role; the owner sees one tenant at a time.
    let mut system = PgConnection::connect(system_url).await?;
    if !existing(&mut system, shape).await? {
        let started = Instant::now();
        sign_up(http, api, shape).await?;
        let tenants = tenant_ids(&mut system).await?;
        fill(&mut owner, &tenants, shape, seed).await?;
        sqlx::query("analyze").execute(&mut owner).await?;
        eprintln!("dataset made in {:.0} s", started.elapsed().as_secs_f64());
    }
    let tenants = tenant_ids(&mut system).await?;
    load(&mut owner, &tenants, shape).await
}

async fn tenant_ids(system: &mut PgConnection) -> anyhow::Result<Vec<Uuid>> {
    Ok(
        sqlx::query_scalar("select id from tenant where slug like 'peer-t%' order by slug")
            .fetch_all(&mut *system)
            .await?,
    )
}

async fn begin_tenant<'c>(
    owner: &'c mut PgConnection,
    tenant: Uuid,
) -> anyhow::Result<sqlx::Transaction<'c, sqlx::Postgres>> {
    let mut tx = owner.begin().await?;
    sqlx::query("select set_config('app.tenant_id', $1::text, true)")
        .bind(tenant)
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}

/// Writes orgs, members, groups and messages for every signed-up tenant.
async fn fill(
    owner: &mut PgConnection,
    tenants: &[Uuid],
    shape: &Shape,
    seed: u64,
) -> anyhow::Result<()> {
    let mut rng = Rng::new(seed);
    // Tenant 0 holds the fan-out group; the rest of the members spread with a skew.
    let mut sizes = vec![shape.fanout];
    sizes.extend(split(
        shape.members - shape.fanout,
        &zipf(shape.tenants - 1, 0.7),
    ));
    let mut groups_per_tenant = vec![1 + STEADY_GROUPS];
    groups_per_tenant.extend(split(
        shape.groups.saturating_sub(1 + STEADY_GROUPS),
        &vec![1.0; shape.tenants - 1],
    ));
    // Messages follow group size (square root: big groups talk more, not proportionally more),
    // with noise, so a few groups hold long histories.
    let mut plans = Vec::new();
    for (t, &tenant) in tenants.iter().enumerate() {
        let g = groups_per_tenant[t].max(1);
        let placements = if t == 0 {
            vec![sizes[0]; 1]
                .into_iter()
                .chain(vec![0; g - 1])
                .collect()
        } else {
            split(sizes[t], &zipf(g, 1.1))
        };
        plans.push((tenant, placements));
    }
    let weights: Vec<f64> = plans
        .iter()
        .flat_map(|(_, p)| p.iter().map(|&n| (n as f64 + 1.0).sqrt()))
        .map(|w| w * (0.5 + rng.unit()))
        .collect();
    let mut counts = split(shape.messages, &weights).into_iter();
    for (t, (tenant, placements)) in plans.into_iter().enumerate() {
        let counts: Vec<usize> = counts.by_ref().take(placements.len()).collect();
        fill_tenant(owner, &mut rng, t, tenant, &placements, &counts).await?;
        if t % 20 == 0 {
            eprintln!("dataset: tenant {t} of {}", shape.tenants);
        }
    }
    Ok(())
}

async fn fill_tenant(
    owner: &mut PgConnection,
    rng: &mut Rng,
    t: usize,
    tenant: Uuid,
    placements: &[usize],
    messages: &[usize],
) -> anyhow::Result<()> {
    let mut tx = begin_tenant(owner, tenant).await?;
    let orgs: Vec<Uuid> = (0..placements.len()).map(|_| rng.uuid()).collect();
    let names: Vec<String> = (0..placements.len())
        .map(|i| match i {
            0 => format!("对比企业{t:03}党委"),
            _ => format!("{}第{}党支部", BRANCHES[i % BRANCHES.len()], i),
        })
        .collect();
    let root_path: String = sqlx::query_scalar(
        "insert into org_unit (tenant_id, id, no, line, kind, name, path)
         select $1, $2, n, 'PARTY', 'PARTY_COMMITTEE', $3, n::text::ltree
           from nextval('org_unit_no_seq') n
         returning path::text",
    )
    .bind(tenant)
    .bind(orgs[0])
    .bind(&names[0])
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "insert into org_unit (tenant_id, id, no, parent_id, line, kind, name, path)
         select $1, u.id, u.no, $2, 'PARTY', 'PARTY_BRANCH', u.name, ($3 || '.' || u.no)::ltree
           from (select id, name, nextval('org_unit_no_seq') as no
                   from unnest($4::uuid[], $5::text[]) as x(id, name)) u",
    )
    .bind(tenant)
    .bind(orgs[0])
    .bind(&root_path)
    .bind(&orgs[1..])
    .bind(&names[1..])
    .execute(&mut *tx)
    .await?;

    let total: usize = placements.iter().sum();
    let ids: Vec<Uuid> = (0..total).map(|_| rng.uuid()).collect();
    let people: Vec<String> = (0..total).map(|_| person(rng)).collect();
    let genders: Vec<&str> = (0..total)
        .map(|_| if rng.below(2) == 0 { "MALE" } else { "FEMALE" })
        .collect();
    let placed: Vec<Uuid> = placements
        .iter()
        .enumerate()
        .flat_map(|(i, &n)| std::iter::repeat_n(orgs[i], n))
        .collect();
    // Only the fan-out tenant's members sign in (each holds a session in the fan-out runs).
    let accounts: Vec<Option<Uuid>> = (0..total).map(|_| (t == 0).then(|| rng.uuid())).collect();
    sqlx::query(
        "insert into account (id, email, name, password_hash)
         select a, 'm' || i || '@peer-t000.example.cn', n, '!'
           from unnest($1::uuid[], $2::text[]) with ordinality as u(a, n, i) where a is not null",
    )
    .bind(&accounts)
    .bind(&people)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "insert into member (tenant_id, id, account_id, name, gender, political_status, org_id,
                             party_org_id)
         select $1, m, a, n, g, 'FULL_MEMBER', o, o
           from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[]) as u(m, a, n, g, o)",
    )
    .bind(tenant)
    .bind(&ids)
    .bind(&accounts)
    .bind(&people)
    .bind(&genders)
    .bind(&placed)
    .execute(&mut *tx)
    .await?;
    // One chat group per org, of the members placed there; the admin is in every group.
    let admin: Uuid = sqlx::query_scalar("select id from member where org_id is null")
        .fetch_one(&mut *tx)
        .await?;
    let groups: Vec<Uuid> = orgs.iter().map(|_| rng.uuid()).collect();
    let titles: Vec<String> = names.iter().map(|n| format!("{n}群")).collect();
    sqlx::query(
        "insert into conversation (tenant_id, id, kind, title, created_by)
         select $1, g, 'GROUP', t, $2 from unnest($3::uuid[], $4::text[]) as u(g, t)",
    )
    .bind(tenant)
    .bind(admin)
    .bind(&groups)
    .bind(&titles)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "insert into conversation_member (tenant_id, conversation_id, member_id, role)
         select $1, u.g, m.id, 'MEMBER'
           from member m join unnest($2::uuid[], $3::uuid[]) as u(o, g) on m.org_id = u.o
          where m.tenant_id = $1
         union all
         select $1, g, $4, 'ADMIN' from unnest($3::uuid[]) as g",
    )
    .bind(tenant)
    .bind(&orgs)
    .bind(&groups)
    .bind(admin)
    .execute(&mut *tx)
    .await?;
    if t == 0 {
        // The steady-rate groups: the members in id order, an equal share in each.
        sqlx::query(
            "insert into conversation_member (tenant_id, conversation_id, member_id, role)
             select $1, ($2::uuid[])[1 + (m.k - 1) / $3], m.id, 'MEMBER'
               from (select id, row_number() over (order by id) as k
                       from member where tenant_id = $1 and org_id is not null) m
              where m.k <= $3 * array_length($2::uuid[], 1)",
        )
        .bind(tenant)
        .bind(&groups[1..=STEADY_GROUPS])
        .bind((total / STEADY_GROUPS) as i64)
        .execute(&mut *tx)
        .await?;
    }
    let counts: Vec<i64> = messages.iter().map(|&n| n as i64).collect();
    let salts: Vec<i64> = (0..messages.len())
        .map(|_| (rng.next() >> 2) as i64)
        .collect();
    // Texts and authors follow from the seed through hashint8 of (salt, seq); hashint8 is a
    // signed int4, shifted to be non-negative.
    sqlx::query(
        "insert into message (tenant_id, conversation_id, seq, id, author_id, body,
                              client_message_id, created_at)
         select $1, c.id, s, gen_random_uuid(),
                g.members[1 + (hashint8(p.salt + s)::bigint + 2147483648) % array_length(g.members, 1)],
                w[1 + (hashint8(p.salt + s * 3)::bigint + 2147483648) % 16] || '，'
                  || w[1 + (hashint8(p.salt + s * 5)::bigint + 2147483648) % 16]
                  || '。第' || s || '条',
                'seed-' || s,
                now() - interval '365 days' + (interval '365 days' / p.n) * s
           from unnest($2::uuid[], $3::bigint[], $4::bigint[]) as p(grp, n, salt)
           join conversation c on c.tenant_id = $1 and c.id = p.grp
           cross join lateral (select array_agg(member_id order by member_id) as members
                                 from conversation_member cm
                                where cm.tenant_id = $1 and cm.conversation_id = c.id) g
           cross join generate_series(1, p.n) s
           cross join (select array['请大家按时参加本周组织生活会', '学习材料已上传', '收到', '好的',
                 '党费本月底前交齐', '明天上午九点开会', '会议纪要请查收', '已完成', '请各支部报送名单',
                 '谢谢大家', '通知已转发', '主题党日活动安排', '请确认参会', '下午两点集合',
                 '志愿服务报名开始', '辛苦了'] as w) words",
    )
    .bind(tenant)
    .bind(&groups)
    .bind(&counts)
    .bind(&salts)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "update conversation c set last_seq = p.n, last_message_at = now()
           from unnest($2::uuid[], $3::bigint[]) as p(grp, n)
          where c.tenant_id = $1 and c.id = p.grp",
    )
    .bind(tenant)
    .bind(&groups)
    .bind(&counts)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The newest message's seq in a conversation (Tongxin subscribers resume after it).
pub async fn last_seq(owner_url: &str, tenant: Uuid, conversation: Uuid) -> anyhow::Result<i64> {
    let mut owner = PgConnection::connect(owner_url).await?;
    let mut tx = begin_tenant(&mut owner, tenant).await?;
    let seq = sqlx::query_scalar("select last_seq from conversation where id = $1")
        .bind(conversation)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(seq)
}

/// Reads back tenants, admins, busiest groups and the fan-out group.
async fn load(owner: &mut PgConnection, ids: &[Uuid], shape: &Shape) -> anyhow::Result<Dataset> {
    let mut tenants = Vec::new();
    let mut fanout_group = Uuid::nil();
    let mut fanout_members = Vec::new();
    let mut steady_groups = Vec::new();
    for (t, &id) in ids.iter().enumerate() {
        let mut tx = begin_tenant(owner, id).await?;
        let admin: Uuid = sqlx::query_scalar("select id from member where org_id is null")
            .fetch_one(&mut *tx)
            .await?;
        let busiest: Uuid = sqlx::query_scalar(
            "select id from conversation where kind = 'GROUP' order by last_seq desc, id limit 1",
        )
        .fetch_one(&mut *tx)
        .await?;
        if t == 0 {
            let row = sqlx::query(
                "select c.id, array_agg(cm.member_id order by cm.member_id) as members
                   from conversation c join conversation_member cm
                     on cm.tenant_id = c.tenant_id and cm.conversation_id = c.id
                  where cm.member_id <> $1
                  group by c.id order by count(*) desc limit 1",
            )
            .bind(admin)
            .fetch_one(&mut *tx)
            .await?;
            fanout_group = row.try_get("id")?;
            fanout_members = row.try_get("members")?;
            anyhow::ensure!(
                fanout_members.len() == shape.fanout,
                "the fan-out group has {} members",
                fanout_members.len()
            );
            let rows = sqlx::query(
                "select c.id, array_agg(cm.member_id order by cm.member_id) as members
                   from conversation c join conversation_member cm
                     on cm.tenant_id = c.tenant_id and cm.conversation_id = c.id
                  where cm.member_id <> $1 and c.id <> $2
                  group by c.id having count(*) > 1 order by min(cm.member_id::text)",
            )
            .bind(admin)
            .bind(fanout_group)
            .fetch_all(&mut *tx)
            .await?;
            for row in rows {
                steady_groups.push((row.try_get("id")?, row.try_get("members")?));
            }
        }
        tx.commit().await?;
        tenants.push(TenantRef { id, admin, busiest });
    }
    Ok(Dataset {
        tenants,
        fanout_group,
        fanout_members,
        steady_groups,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_the_total_and_the_order_of_weights() {
        let parts = split(100_000, &zipf(199, 0.7));
        assert_eq!(parts.iter().sum::<usize>(), 100_000);
        assert!(parts.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        assert_eq!(
            (0..5).map(|_| a.next()).collect::<Vec<_>>(),
            (0..5).map(|_| b.next()).collect::<Vec<_>>()
        );
    }
}
