import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messages, type MessageKey } from './messages.ts';

export type Language = 'zh' | 'en';

const STORAGE_KEY = 'magmatch.language';

interface LanguageState {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: 'zh', setLanguage: () => undefined });

/** Chinese unless the user switched to English on this browser; Ant Design's own texts follow. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh'));
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  const state = useMemo(() => ({ language, setLanguage }), [language]);
  return (
    <LanguageContext.Provider value={state}>
      <ConfigProvider locale={language === 'zh' ? zhCN : enUS} theme={{ token: { colorPrimary: '#1f6f8b' } }} button={{ autoInsertSpace: false }}>
        {children}
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}

export const useLanguage = () => useContext(LanguageContext);

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** `t('key', { n: 3 })`: the message in the current language, `{n}` replaced. */
export function useT(): Translate {
  const { language } = useLanguage();
  return useMemo(() => {
    const index = language === 'zh' ? 0 : 1;
    return (key, values) => messages[key][index].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
  }, [language]);
}

/** Dates and times as the current language writes them (2026年12月6日 / 12/6/2026), from the API's ISO strings. */
export function useDates() {
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
    return {
      date: (iso: string) => new Date(iso).toLocaleDateString(locale),
      dateTime: (iso: string) => new Date(iso).toLocaleString(locale),
    };
  }, [language]);
}

/** A value of one of the API's enums in the current language (`label('form', 'INGOT')`), or the value itself. */
export function useEnumLabel() {
  const t = useT();
  return (prefix: string, value: string | null | undefined) => {
    if (!value) return '';
    const key = `${prefix}.${value}` as MessageKey;
    return key in messages ? t(key) : value;
  };
}
