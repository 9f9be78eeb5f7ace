import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128230739 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_audit_entry" drop constraint if exists "maker_audit_entry_action_check";`);

    this.addSql(`alter table if exists "maker_audit_entry" add constraint "maker_audit_entry_action_check" check("action" in ('maker_created', 'profile_updated', 'consent_recorded', 'consent_revoked', 'story_reviewed', 'published', 'unpublished', 'consent_expired', 'identity_updated'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "maker_audit_entry" drop constraint if exists "maker_audit_entry_action_check";`);

    this.addSql(`alter table if exists "maker_audit_entry" add constraint "maker_audit_entry_action_check" check("action" in ('maker_created', 'profile_updated', 'consent_recorded', 'consent_revoked', 'published', 'unpublished', 'consent_expired', 'identity_updated'));`);
  }

}
