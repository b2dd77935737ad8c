import { useSession } from '../session';

// The supergraph has no work-queue query yet: this page says so rather than invent data.
export function Queues() {
  const { t } = useSession();
  return (
    <section data-testid="queues">
      <h2>{t('queuesTitle')}</h2>
      <p className="notice">{t('queuesPending')}</p>
    </section>
  );
}
