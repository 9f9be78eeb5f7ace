import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128213316 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_handle_unique";`);
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_code_unique";`);
    this.addSql(`alter table if exists "team" drop constraint if exists "team_handle_unique";`);
    this.addSql(`alter table if exists "team" drop constraint if exists "team_code_unique";`);
    this.addSql(`alter table if exists "maker_identity" drop constraint if exists "maker_identity_maker_id_unique";`);
    this.addSql(`alter table if exists "facility" drop constraint if exists "facility_handle_unique";`);
    this.addSql(`alter table if exists "facility" drop constraint if exists "facility_code_unique";`);
    this.addSql(`create table if not exists "cost_breakdown" ("id" text not null, "materials" real null, "maker_wages" real null, "training_programme" real null, "overhead" real null, "duties_estimate" real null, "transport_estimate" real null, "note" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cost_breakdown_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cost_breakdown_deleted_at" ON "cost_breakdown" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "facility" ("id" text not null, "code" text not null, "handle" text not null, "name" text not null, "region_label" text not null, "story" jsonb not null, "makes" jsonb not null, "image_url" text null, "image_alt" jsonb null, "customs_address" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facility_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_facility_code_unique" ON "facility" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_facility_handle_unique" ON "facility" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facility_deleted_at" ON "facility" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "impact_figure" ("id" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "makers_employed" integer not null, "pieces_made" integer not null, "training_hours" integer not null, "average_monthly_wage_usd" real not null, "benchmark_monthly_wage_usd" real not null, "benchmark_label" text not null, "source" text not null, "entered_by" text not null, "facility_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impact_figure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_figure_facility_id" ON "impact_figure" ("facility_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_impact_figure_deleted_at" ON "impact_figure" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker_audit_entry" ("id" text not null, "maker_id" text not null, "action" text check ("action" in ('maker_created', 'profile_updated', 'consent_recorded', 'consent_revoked', 'published', 'unpublished', 'consent_expired', 'identity_updated')) not null, "actor" text not null, "detail" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_audit_entry_maker_id" ON "maker_audit_entry" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_audit_entry_deleted_at" ON "maker_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker_identity" ("id" text not null, "maker_id" text not null, "legal_name" text not null, "village" text null, "contact" text null, "notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_identity_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_identity_maker_id_unique" ON "maker_identity" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_identity_deleted_at" ON "maker_identity" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "team" ("id" text not null, "code" text not null, "handle" text not null, "name" jsonb not null, "description" jsonb not null, "facility_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "team_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_team_code_unique" ON "team" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_team_handle_unique" ON "team" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_team_facility_id" ON "team" ("facility_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_team_deleted_at" ON "team" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker" ("id" text not null, "code" text not null, "handle" text not null, "display_name" text not null, "name_display" text check ("name_display" in ('pseudonym', 'first_name')) not null default 'pseudonym', "role" jsonb not null, "skills" jsonb not null, "start_year" integer null, "story" jsonb not null, "story_updated_at" timestamptz null, "photo_mode" text check ("photo_mode" in ('none', 'illustration', 'hands_at_work', 'non_identifying', 'identifiable')) not null default 'illustration', "is_published" boolean not null default false, "published_at" timestamptz null, "facility_id" text not null, "team_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_code_unique" ON "maker" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_handle_unique" ON "maker" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_facility_id" ON "maker" ("facility_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_team_id" ON "maker" ("team_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_deleted_at" ON "maker" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker_consent" ("id" text not null, "scopes" jsonb not null, "signed_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revocation_reason" text null, "maker_reviewed_at" timestamptz null, "risk_assessment_ref" text null, "recorded_by" text not null, "maker_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_consent_maker_id" ON "maker_consent" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_consent_deleted_at" ON "maker_consent" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker_media" ("id" text not null, "url" text not null, "kind" text check ("kind" in ('illustration', 'hands_at_work', 'workshop', 'non_identifying', 'portrait')) not null, "identifiability" text check ("identifiability" in ('none', 'low', 'high')) not null, "alt" jsonb not null, "maker_id" text not null, "consent_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_media_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_media_maker_id" ON "maker_media" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_media_consent_id" ON "maker_media" ("consent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_media_deleted_at" ON "maker_media" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "impact_figure" add constraint "impact_figure_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade;`);

    this.addSql(`alter table if exists "team" add constraint "team_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade;`);

    this.addSql(`alter table if exists "maker" add constraint "maker_facility_id_foreign" foreign key ("facility_id") references "facility" ("id") on update cascade;`);
    this.addSql(`alter table if exists "maker" add constraint "maker_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "maker_consent" add constraint "maker_consent_maker_id_foreign" foreign key ("maker_id") references "maker" ("id") on update cascade;`);

    this.addSql(`alter table if exists "maker_media" add constraint "maker_media_maker_id_foreign" foreign key ("maker_id") references "maker" ("id") on update cascade;`);
    this.addSql(`alter table if exists "maker_media" add constraint "maker_media_consent_id_foreign" foreign key ("consent_id") references "maker_consent" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "impact_figure" drop constraint if exists "impact_figure_facility_id_foreign";`);

    this.addSql(`alter table if exists "team" drop constraint if exists "team_facility_id_foreign";`);

    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_facility_id_foreign";`);

    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_team_id_foreign";`);

    this.addSql(`alter table if exists "maker_consent" drop constraint if exists "maker_consent_maker_id_foreign";`);

    this.addSql(`alter table if exists "maker_media" drop constraint if exists "maker_media_maker_id_foreign";`);

    this.addSql(`alter table if exists "maker_media" drop constraint if exists "maker_media_consent_id_foreign";`);

    this.addSql(`drop table if exists "cost_breakdown" cascade;`);

    this.addSql(`drop table if exists "facility" cascade;`);

    this.addSql(`drop table if exists "impact_figure" cascade;`);

    this.addSql(`drop table if exists "maker_audit_entry" cascade;`);

    this.addSql(`drop table if exists "maker_identity" cascade;`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "maker" cascade;`);

    this.addSql(`drop table if exists "maker_consent" cascade;`);

    this.addSql(`drop table if exists "maker_media" cascade;`);
  }

}
