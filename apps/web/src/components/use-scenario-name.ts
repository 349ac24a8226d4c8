import { useQuery } from 'urql';
import { ScenariosDocument } from '../graphql/generated.ts';
import { useLanguage } from '../i18n/i18n.tsx';

/** An application scenario's name in the current language (`AUTO_IP_BEAM` → 仪表盘支架), from the catalogue's templates. */
export function useScenarioName(): (code: string | null | undefined) => string {
  const { language } = useLanguage();
  const [{ data }] = useQuery({ query: ScenariosDocument });
  return (code) => {
    const scenario = data?.scenarios.find((candidate) => candidate.code === code);
    return scenario ? (language === 'zh' ? scenario.nameZh : scenario.name) : (code ?? '—');
  };
}
