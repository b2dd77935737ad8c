import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: an Arabic page named the officer's plan in French ("Formule
 * Essentielle"), the only name a plan had. Plans gain `name_ar`. The
 * Mutual's three plans get their Arabic names here; a plan of another code
 * keeps its French name in both until the Mutual names it, so the column
 * can be NOT NULL from the start.
 */
export class PlanNamesInArabic1767500000000 implements MigrationInterface {
  name = 'PlanNamesInArabic1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE plan ADD COLUMN name_ar text`);
    await queryRunner.query(`
      UPDATE plan SET name_ar = CASE code
        WHEN 'ESSENTIEL' THEN 'الصيغة الأساسية'
        WHEN 'CONFORT' THEN 'صيغة الراحة'
        WHEN 'PREMIUM' THEN 'الصيغة الممتازة'
        ELSE name END`);
    await queryRunner.query(`ALTER TABLE plan ALTER COLUMN name_ar SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE plan DROP COLUMN name_ar`);
  }
}
