import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129032358 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "export_profile" drop constraint if exists "export_profile_order_id_unique";`);
    this.addSql(`alter table if exists "export_document_counter" drop constraint if exists "export_document_counter_series_unique";`);
    this.addSql(`alter table if exists "export_document" drop constraint if exists "export_document_packing_list_number_unique";`);
    this.addSql(`alter table if exists "export_document" drop constraint if exists "export_document_invoice_number_unique";`);
    this.addSql(`create table if not exists "export_document" ("id" text not null, "order_id" text not null, "sequence" integer not null, "invoice_number" text not null, "packing_list_number" text not null, "issued_at" timestamptz not null, "issued_by" text null, "status" text check ("status" in ('issued', 'void')) not null default 'issued', "voided_at" timestamptz null, "void_reason" text null, "snapshot" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_document_order_id" ON "export_document" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_document_invoice_number_unique" ON "export_document" ("invoice_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_document_packing_list_number_unique" ON "export_document" ("packing_list_number") WHERE deleted_at IS NULL;`);
    // One live set of documents per order: reissuing voids the old one in the same transaction.
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_document_order_issued" ON "export_document" ("order_id") WHERE status = 'issued' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_document_deleted_at" ON "export_document" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "export_document_counter" ("id" text not null, "series" text not null, "last_number" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_document_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_document_counter_series_unique" ON "export_document_counter" ("series") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_document_counter_deleted_at" ON "export_document_counter" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "export_profile" ("id" text not null, "order_id" text not null, "incoterm" text check ("incoterm" in ('EXW', 'FCA', 'FOB', 'DAP', 'DDP')) not null, "incoterm_place" text not null, "reason_for_export" text check ("reason_for_export" in ('sale', 'gift', 'sample', 'return', 'repair')) not null, "consignee" jsonb not null, "po_number" text null, "cartons" jsonb not null, "insurance_amount" real null, "eur_rate" real null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_profile_order_id_unique" ON "export_profile" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_export_profile_deleted_at" ON "export_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "export_document" cascade;`);

    this.addSql(`drop table if exists "export_document_counter" cascade;`);

    this.addSql(`drop table if exists "export_profile" cascade;`);
  }

}
