import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why: a claim's diagnoses were ICD-10 codes and nothing else, so the mutual
 * agent entering a claim had to know the code of what the prescription says
 * in words, and the medical advisor read codes. `diagnosis` names the codes
 * the Mutual meets most, in French (the CIM-10's own wording) and in Arabic.
 * Reference data, like the act tariff: it holds no one's health, and a claim
 * may still carry any ICD-10 code, one outside this list being shown by its
 * code alone. The list is written out in full: a migration is a snapshot.
 */
export class DiagnosisNames1767800000000 implements MigrationInterface {
  name = 'DiagnosisNames1767800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE diagnosis (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$'),
        name_fr text NOT NULL CHECK (name_fr <> ''),
        name_ar text NOT NULL CHECK (name_ar <> '')
      )`);
    await queryRunner.query(`
      INSERT INTO diagnosis (code, name_fr, name_ar) VALUES
        ('A09', 'Diarrhée et gastro-entérite d''origine présumée infectieuse', 'إسهال والتهاب المعدة والأمعاء يرجح أنه تعفني'),
        ('D64.9', 'Anémie, sans précision', 'فقر الدم، غير محدد'),
        ('E03.9', 'Hypothyroïdie, sans précision', 'قصور الغدة الدرقية، غير محدد'),
        ('E11.9', 'Diabète sucré de type 2, sans complication', 'داء السكري من النوع 2، بدون مضاعفات'),
        ('E78.5', 'Hyperlipidémie, sans précision', 'فرط شحميات الدم، غير محدد'),
        ('F41.1', 'Anxiété généralisée', 'اضطراب القلق المعمم'),
        ('H10.9', 'Conjonctivite, sans précision', 'التهاب الملتحمة، غير محدد'),
        ('H52.0', 'Hypermétropie', 'مد البصر'),
        ('H52.1', 'Myopie', 'قصر البصر'),
        ('H52.2', 'Astigmatisme', 'اللابؤرية'),
        ('H52.4', 'Presbytie', 'قصو البصر الشيخوخي'),
        ('I10', 'Hypertension essentielle (primitive)', 'ارتفاع ضغط الدم الأساسي'),
        ('I21.9', 'Infarctus aigu du myocarde, sans précision', 'احتشاء عضلة القلب الحاد، غير محدد'),
        ('J01.9', 'Sinusite aiguë, sans précision', 'التهاب الجيوب الأنفية الحاد، غير محدد'),
        ('J02.9', 'Pharyngite aiguë, sans précision', 'التهاب البلعوم الحاد، غير محدد'),
        ('J03.9', 'Amygdalite aiguë, sans précision', 'التهاب اللوزتين الحاد، غير محدد'),
        ('J06.9', 'Infection aiguë des voies respiratoires supérieures, sans précision', 'تعفن حاد في المسالك التنفسية العليا، غير محدد'),
        ('J18.9', 'Pneumopathie, sans précision', 'التهاب رئوي، غير محدد'),
        ('J20.9', 'Bronchite aiguë, sans précision', 'التهاب القصبات الحاد، غير محدد'),
        ('J45.9', 'Asthme, sans précision', 'الربو، غير محدد'),
        ('K02.1', 'Carie de la dentine', 'تسوس العاج'),
        ('K04.0', 'Pulpite', 'التهاب لب السن'),
        ('K05.1', 'Gingivite chronique', 'التهاب اللثة المزمن'),
        ('K08.1', 'Perte de dents consécutive à un accident, une extraction ou une affection périodontale localisée', 'فقدان الأسنان إثر حادث أو قلع أو مرض موضعي في دواعم السن'),
        ('K29.7', 'Gastrite, sans précision', 'التهاب المعدة، غير محدد'),
        ('K35.8', 'Appendicite aiguë, autre et sans précision', 'التهاب الزائدة الدودية الحاد، غير ذلك وغير محدد'),
        ('K80.2', 'Calcul de la vésicule biliaire sans cholécystite', 'حصاة المرارة بدون التهاب المرارة'),
        ('L30.9', 'Dermite, sans précision', 'التهاب الجلد، غير محدد'),
        ('M17.1', 'Autres gonarthroses primaires', 'فصال عظمي أولي آخر في الركبة'),
        ('M54.5', 'Lombalgie basse', 'ألم أسفل الظهر'),
        ('M75.1', 'Syndrome de la coiffe des rotateurs', 'متلازمة الكفة المدورة'),
        ('N20.0', 'Calcul du rein', 'حصاة الكلية'),
        ('N39.0', 'Infection des voies urinaires, siège non précisé', 'تعفن المسالك البولية، موضع غير محدد'),
        ('O80', 'Accouchement unique et spontané', 'ولادة مفردة تلقائية'),
        ('R10.4', 'Douleurs abdominales, autres et non précisées', 'آلام بطنية أخرى وغير محددة'),
        ('R50.9', 'Fièvre, sans précision', 'حمى، غير محددة'),
        ('S72.0', 'Fracture du col du fémur', 'كسر عنق عظم الفخذ'),
        ('S82.0', 'Fracture de la rotule', 'كسر الرضفة'),
        ('S83.5', 'Entorse et foulure des ligaments croisés du genou', 'التواء وتمزق الأربطة المتصالبة للركبة'),
        ('Z00.0', 'Examen médical général', 'فحص طبي عام')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE diagnosis`);
  }
}
