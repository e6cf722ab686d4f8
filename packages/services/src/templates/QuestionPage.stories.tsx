import type { Meta, StoryObj } from '@storybook/react-vite';
import { applyPrefill, stepErrors } from '@dvc/flows';
import { QuestionPage } from '@dvc/flows/templates';
import type { ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { examples, getService } from '../index.js';
import '@dvc/flows/templates.css';

const khaiSinh = getService('dang-ky-khai-sinh');
const thuongTru = getService('dang-ky-thuong-tru');
const lyLich = getService('cap-phieu-ly-lich-tu-phap');
const today = new Date(2026, 0, 20);
const profile = examples[0]?.profile ?? {};
const prefilledThuongTru = applyPrefill(thuongTru, { answers: {}, unconfirmed: [] }, profile, {
  today,
}).state;
const household = examples.find((e) => e.serviceId === 'dang-ky-thuong-tru')?.answers ?? {};

const mobile = (Story: () => ReactNode) => <div style={{ maxInlineSize: 360 }}>{Story()}</div>;

const meta = {
  title: 'Flow templates/QuestionPage',
  component: QuestionPage,
  args: {
    definition: khaiSinh,
    stepId: 'sinh-o-viet-nam',
    answers: {},
    action: '#',
    backHref: '#',
    validation: { today },
    csrf: <input type="hidden" name="csrf" value="demo" />,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Một trang câu hỏi của dịch vụ, dựng từ định nghĩa dịch vụ. Dùng cho mọi trang câu hỏi và câu hỏi điều kiện; câu hỏi duy nhất trên trang là tiêu đề trang. Trang là một biểu mẫu `method="post"` thường: không có JavaScript vẫn gửi được, máy chủ kiểm tra bằng bộ máy @dvc/flows. Khi có JavaScript, nút Tiếp tục kiểm tra trước bằng đúng hàm `stepErrors` của máy chủ; nút Lưu và tiếp tục sau không bị chặn. Đã kiểm tra: axe (WCAG 2.2 A/AA, độ tương phản) ở tiếng Việt và tiếng Anh, bàn phím, tóm tắt lỗi nhận tiêu điểm và liên kết tới từng ô.',
      },
    },
  },
} satisfies Meta<typeof QuestionPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An eligibility question first: radios with the question as the page heading. */
export const Eligibility: Story = {};

/** One question on its own page: the label is the page heading. */
export const SingleQuestion: Story = {
  args: { stepId: 'ho-ten-tre', answers: { 'sinh-o-viet-nam': 'co' } },
};

/** Answers taken from the identity account, each with the note to check them. */
export const Prefilled: Story = {
  args: {
    definition: thuongTru,
    stepId: 'ban-than',
    answers: prefilledThuongTru.answers,
    unconfirmed: prefilledThuongTru.unconfirmed,
    progress: { current: 3, total: 10 },
  },
};

/** A refused post: the error summary on top links to each field; what was typed stays. */
export const WithErrors: Story = {
  args: {
    stepId: 'me',
    answers: { 'ho-ten-me': 'Nông 2 Lan', 'so-dinh-danh-me': '0061960043' },
    errors: stepErrors(
      khaiSinh,
      { 'ho-ten-me': 'Nông 2 Lan', 'so-dinh-danh-me': '0061960043' },
      'me',
      { today },
    ),
  },
};

/** A repeating group: household members with Remove and Add buttons that post the form. */
export const RepeatingGroup: Story = {
  args: { definition: thuongTru, stepId: 'nguoi-cung-chuyen', answers: household },
};

/** Province, commune and street; the commune list follows the province. */
export const Address: Story = {
  args: { definition: thuongTru, stepId: 'dia-chi-moi', answers: {} },
};

/** The helper for an address on papers from before the 2025 merger, after a server look-up. */
export const AddressOldHelper: Story = {
  args: {
    definition: thuongTru,
    stepId: 'dia-chi-moi',
    answers: { 'dia-chi-moi': { province: '19', commune: '01906', street: '' } },
    oldAddressAction: '#',
    addressLookup: { question: 'dia-chi-moi', found: { code: '01906', provinceCode: '19' } },
  },
};

/** A residence history with month-and-year dates in each item. */
export const MonthYearDates: Story = {
  args: {
    definition: lyLich,
    stepId: 'qua-trinh-cu-tru',
    answers: examples.find((e) => e.serviceId === 'cap-phieu-ly-lich-tu-phap')?.answers ?? {},
  },
};

/** A file upload question. */
export const FileQuestion: Story = {
  args: { stepId: 'giay-chung-sinh', answers: { 'noi-sinh': 'co-so-y-te' } },
};

/** Asked again after the service changed since the draft was saved. */
export const Reasked: Story = {
  args: { stepId: 'ho-ten-tre', answers: {}, reask: ['ho-ten-tre', 'dan-toc-tre'] },
};

export const MobileWidth: Story = {
  args: SingleQuestion.args,
  decorators: [mobile],
};

export const English: Story = {
  args: Prefilled.args,
  globals: { locale: 'en' },
};

/** With JavaScript, Continue runs the engine's check: the summary appears and takes focus. */
export const InlineValidation: Story = {
  args: SingleQuestion.args,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox');
    await userEvent.type(input, 'Mai 3');
    await userEvent.click(canvas.getAllByRole('button')[0] as HTMLElement);
    const summary = await canvas.findByRole('alert');
    await expect(summary.contains(document.activeElement)).toBe(true);
    await expect(input).toHaveValue('Mai 3');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  },
};
