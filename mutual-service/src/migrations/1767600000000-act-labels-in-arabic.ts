import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: the mutual agent entering a claim on an Arabic page picked its acts
 * from French labels, the only ones the tariff had. Acts gain `label_ar`.
 * The reference tariff's acts get their Arabic labels here; an act of another
 * code keeps its French label in both until the Mutual gives it one, so the
 * column can be NOT NULL from the start (as plans' names,
 * PlanNamesInArabic1767500000000).
 */
export class ActLabelsInArabic1767600000000 implements MigrationInterface {
  name = 'ActLabelsInArabic1767600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE act_tariff ADD COLUMN label_ar text`);
    await queryRunner.query(`
      UPDATE act_tariff SET label_ar = CASE act_code
        WHEN 'C' THEN 'استشارة طبيب عام'
        WHEN 'CS' THEN 'استشارة طبيب مختص'
        WHEN 'CNPSY' THEN 'استشارة طبيب نفسي'
        WHEN 'K' THEN 'عمل تقني تخصصي (المعامل K)'
        WHEN 'D' THEN 'علاج الأسنان (المعامل D)'
        WHEN 'SPR' THEN 'تركيب الأسنان (المعامل SPR)'
        WHEN 'OPM' THEN 'إطار نظارات'
        WHEN 'OPV' THEN 'عدسة تصحيحية'
        WHEN 'PHS' THEN 'دواء أصلي (علبة، السعر العمومي)'
        WHEN 'PHG' THEN 'دواء جنيس (علبة، السعر العمومي)'
        WHEN 'B' THEN 'تحليل بيولوجي طبي (المعامل B)'
        WHEN 'Z' THEN 'أشعة تقليدية (المعامل Z)'
        WHEN 'ECH' THEN 'فحص بالصدى'
        WHEN 'TDM' THEN 'سكانير (تصوير مقطعي)'
        WHEN 'IRM' THEN 'تصوير بالرنين المغناطيسي'
        WHEN 'KC' THEN 'عمل جراحي (المعامل KC)'
        WHEN 'HJ' THEN 'يوم استشفاء'
        WHEN 'AMM' THEN 'حصة ترويض طبي (AMM 8)'
        ELSE label END`);
    await queryRunner.query(`ALTER TABLE act_tariff ALTER COLUMN label_ar SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE act_tariff DROP COLUMN label_ar`);
  }
}
