//! Domain enums stored as checked text columns.
//!
//! A status, kind or line is a Rust enum in its domain's model, never a string compared by
//! hand. [`text_enum!`] declares one with the code each variant has in the database (the
//! column's `check` constraint lists the same codes) and maps it to and from PostgreSQL text.
//! A code the enum does not know is a decode error: sqlx reports it, and the service layer
//! answers `INTERNAL` and logs it, rather than quietly reading it as some default.

/// Declares an enum stored as text, with `as_str`, `FromStr`, `Display`, serde (as the code)
/// and the sqlx `Type`, `Encode` and `Decode` impls for PostgreSQL.
///
/// ```
/// tongxin_core::text_enum! {
///     /// Where a thing stands.
///     pub enum Standing {
///         /// Open.
///         Open = "OPEN",
///         /// Closed.
///         Closed = "CLOSED",
///     }
/// }
/// assert_eq!(Standing::Open.as_str(), "OPEN");
/// assert_eq!("CLOSED".parse::<Standing>(), Ok(Standing::Closed));
/// assert!("closed".parse::<Standing>().is_err());
/// ```
#[macro_export]
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The code stored in the database and shown in exports.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code),+
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::text_enum::UnknownCode;

            fn from_str(code: &str) -> Result<Self, Self::Err> {
                match code {
                    $($code => Ok(Self::$variant),)+
                    _ => Err($crate::text_enum::UnknownCode {
                        kind: stringify!($name),
                        code: code.chars().take(40).collect(),
                    }),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                code.parse().map_err(::serde::de::Error::custom)
            }
        }

        impl ::sqlx::Type<::sqlx::Postgres> for $name {
            fn type_info() -> ::sqlx::postgres::PgTypeInfo {
                <&str as ::sqlx::Type<::sqlx::Postgres>>::type_info()
            }

            fn compatible(ty: &::sqlx::postgres::PgTypeInfo) -> bool {
                <&str as ::sqlx::Type<::sqlx::Postgres>>::compatible(ty)
            }
        }

        impl<'q> ::sqlx::Encode<'q, ::sqlx::Postgres> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut ::sqlx::postgres::PgArgumentBuffer,
            ) -> Result<::sqlx::encode::IsNull, ::sqlx::error::BoxDynError> {
                <&str as ::sqlx::Encode<'q, ::sqlx::Postgres>>::encode_by_ref(&self.as_str(), buf)
            }
        }

        impl<'r> ::sqlx::Decode<'r, ::sqlx::Postgres> for $name {
            fn decode(
                value: ::sqlx::postgres::PgValueRef<'r>,
            ) -> Result<Self, ::sqlx::error::BoxDynError> {
                let code = <&str as ::sqlx::Decode<'r, ::sqlx::Postgres>>::decode(value)?;
                Ok(code.parse::<Self>()?)
            }
        }
    };
}

/// A code that names no variant of a [`text_enum!`] enum.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} code {code:?}")]
pub struct UnknownCode {
    /// The enum.
    pub kind: &'static str,
    /// The code (its first 40 characters).
    pub code: String,
}
