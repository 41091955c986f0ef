//! The checked-in `schema.graphql` is the schema the server runs.

#[test]
fn the_checked_in_schema_matches_the_server_schema() {
    let checked_in = include_str!("../../schema.graphql");
    let actual = tongxin_api::graphql::sdl();
    assert!(
        checked_in == actual,
        "schema.graphql is stale: run `make schema`"
    );
}
