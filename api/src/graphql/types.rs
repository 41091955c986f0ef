//! What the domain modules share: paging, the `connection!` macro and the `IdInput`. The
//! domain types are re-exported here for the modules that have always imported them from here.

use async_graphql::{ID, InputObject, SimpleObject};

pub(crate) use super::org::load_org;
pub use super::{
    member::{ImportRowError, Member, PoliticalStatus},
    org::{OrgLine, Organization},
    tenancy::Notification,
};

/// Relay page information.
#[derive(SimpleObject, Debug, Clone)]
pub struct PageInfo {
    /// Whether another page follows.
    pub has_next_page: bool,
    /// Cursor of the last item; pass it as `after` for the next page.
    pub end_cursor: Option<String>,
}

/// Input of `archiveOrganization`.
#[derive(InputObject)]
pub struct IdInput {
    /// The object.
    pub id: ID,
}

macro_rules! connection {
    ($conn:ident, $edge:ident, $node:ty, $doc:literal) => {
        #[doc = $doc]
        #[derive(SimpleObject)]
        pub struct $edge {
            /// The item.
            pub node: $node,
            /// Its cursor.
            pub cursor: String,
        }

        #[doc = $doc]
        #[derive(SimpleObject)]
        pub struct $conn {
            /// Items with cursors.
            pub edges: Vec<$edge>,
            /// Paging.
            pub page_info: PageInfo,
        }

        impl $conn {
            /// Builds a connection from a page and a cursor key per item.
            pub fn from_page<T>(
                page: tongxin_core::page::Page<T>,
                key: impl Fn(&T) -> String,
                wrap: impl Fn(T) -> $node,
            ) -> Self {
                let edges: Vec<$edge> = page
                    .items
                    .into_iter()
                    .map(|item| {
                        let cursor = tongxin_core::page::encode_cursor(&key(&item));
                        $edge {
                            node: wrap(item),
                            cursor,
                        }
                    })
                    .collect();
                let end_cursor = edges.last().map(|e| e.cursor.clone());
                Self {
                    edges,
                    page_info: PageInfo {
                        has_next_page: page.has_next,
                        end_cursor,
                    },
                }
            }
        }
    };
}
pub(crate) use connection;
