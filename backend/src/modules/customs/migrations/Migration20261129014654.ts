import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129014654 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "facility_mid" drop constraint if exists "facility_mid_facility_id_unique";`);
    this.addSql(`create table if not exists "customs_detail" ("id" text not null, "composition" jsonb not null, "construction" text check ("construction" in ('woven', 'knitted', 'other', 'not_textile')) not null, "care_text" jsonb not null, "care_symbols" jsonb not null, "tariff_overrides" jsonb not null, "packed_weight_g" real null, "packed_length_cm" real null, "packed_width_cm" real null, "packed_height_cm" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customs_detail_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customs_detail_deleted_at" ON "customs_detail" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "exporter_settings" ("id" text not null, "legal_name" text not null, "address" jsonb not null, "tax_id" text null, "rex_number" text null, "ioss_number" text null, "uk_vat_number" text null, "au_arn" text null, "phone" text null, "email" text null, "signatory_name" text null, "signatory_title" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exporter_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exporter_settings_deleted_at" ON "exporter_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "facility_mid" ("id" text not null, "facility_id" text not null, "computed_mid" text null, "compute_error" text null, "computed_from" jsonb null, "computed_at" timestamptz null, "override_mid" text null, "override_reason" text null, "overridden_by" text null, "overridden_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facility_mid_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_facility_mid_facility_id_unique" ON "facility_mid" ("facility_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facility_mid_deleted_at" ON "facility_mid" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customs_detail" cascade;`);

    this.addSql(`drop table if exists "exporter_settings" cascade;`);

    this.addSql(`drop table if exists "facility_mid" cascade;`);
  }

}
