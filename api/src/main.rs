//! `tongxin-api`: serve, migrate, seed the demo tenant, print the schema.

use clap::{Parser, Subcommand};
use tongxin_core::{App, Config};

#[derive(Parser)]
#[command(name = "tongxin-api", about = "Tongxin API node")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve HTTP and GraphQL (the default).
    Serve,
    /// Apply database migrations as the owner role.
    Migrate,
    /// Seed the demo tenant once.
    SeedDemo,
    /// Print the GraphQL SDL.
    PrintSchema,
    /// Rewrap every tenant's report keys and seal every second-factor secret again under the
    /// current `reports.kek` (after a rotation: the old KEK moved to `reports.retired_keks`).
    RotateReportKeys,
    /// Print a fresh report KEK entry (`id:base64`) for `reports.kek`.
    NewReportKek {
        /// The new key's id (letters, digits, hyphens).
        id: String,
    },
    /// Make an existing account a platform operator; prints the TOTP secret and otpauth URI
    /// when the account had no second factor (operators always log in with one).
    MakeOperator {
        /// The account's email.
        email: String,
    },
    /// Give an account a new TOTP second factor (replacing any earlier one, e.g. a lost
    /// phone); prints the secret and otpauth URI for the authenticator app.
    OperatorTotp {
        /// The account's email.
        email: String,
    },
}

fn print_enrolment(e: &tongxin_core::identity::second_factor::Enrolment) {
    println!("TOTP secret (enter by hand): {}", e.secret);
    println!("otpauth URI (QR code):       {}", e.otpauth_uri);
}

/// Resolves on SIGTERM or Ctrl-C.
async fn stop_signal() {
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term => {}
    }
}

/// Reports the first stop signal on `first` (the node then drains) and resolves on the second
/// (someone wants it gone now).
async fn stop_signals(first: tokio::sync::oneshot::Sender<()>) {
    stop_signal().await;
    let _ = first.send(());
    stop_signal().await;
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = Config::load()?;
    let _telemetry = tongxin_core::telemetry::init(&config, "tongxin-api")?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::PrintSchema => print!("{}", tongxin_api::graphql::sdl()),
        Command::Migrate => {
            tongxin_core::db::migrate(&config.database.url).await?;
            eprintln!("migrations applied");
        }
        Command::SeedDemo => {
            let app = App::connect(config).await?;
            if tongxin_core::demo::seed(&app).await? {
                eprintln!("demo tenant seeded");
            } else {
                eprintln!("demo tenant already present");
            }
        }
        Command::RotateReportKeys => {
            let app = App::connect(config).await?;
            let done = tongxin_core::whistleblowing::keys::rotate(&app).await?;
            eprintln!(
                "report keys: {} tenants, {} rewrapped, {} already under `{}`, {} under a KEK not configured here",
                done.tenants,
                done.rewrapped,
                done.current,
                app.report_keys.current_id(),
                done.unknown
            );
            let totp = tongxin_core::identity::second_factor::reseal_secrets(&app).await?;
            eprintln!(
                "second-factor secrets: {} sealed again under `{}`, {} under a KEK not configured here",
                totp.resealed,
                app.report_keys.current_id(),
                totp.unknown
            );
        }
        Command::NewReportKek { id } => {
            let key = tongxin_core::whistleblowing::crypto::new_key();
            println!(
                "{}",
                tongxin_core::whistleblowing::crypto::format_entry(&id, &key)
            );
        }
        Command::MakeOperator { email } => {
            let app = App::connect(config).await?;
            let enrolment = tongxin_core::identity::make_operator(&app, &email).await?;
            eprintln!("{email} is now a platform operator");
            match enrolment {
                Some(e) => print_enrolment(&e),
                None => {
                    eprintln!("the account already has a second factor (operator-totp replaces it)")
                }
            }
        }
        Command::OperatorTotp { email } => {
            let app = App::connect(config).await?;
            let e =
                tongxin_core::identity::second_factor::set_up_for_operator(&app, &email).await?;
            eprintln!(
                "{email} has a new TOTP second factor; earlier codes and recovery codes no longer work"
            );
            print_enrolment(&e);
        }
        Command::Serve => {
            let public = config.public_url().to_string();
            let application = tongxin_api::Application::build(config).await?;
            println!(
                "Tongxin is serving on {public}/  (port {})",
                application.port()
            );
            println!(
                "Demo login: {} / {} (tenant `{}`)",
                tongxin_core::demo::ADMIN_EMAIL,
                tongxin_core::demo::ADMIN_PASSWORD,
                tongxin_core::demo::SLUG
            );
            let (first, stop) = tokio::sync::oneshot::channel();
            tokio::select! {
                served = application.run_until(async { let _ = stop.await; }) => served?,
                () = stop_signals(first) => eprintln!("stopped at once on a second signal"),
            }
        }
    }
    Ok(())
}
