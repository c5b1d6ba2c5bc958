import { DuplicateWarning as DuplicateWarning_6a32ed4acfbf9c5e8aaaf8bee57fa27d } from '../../../../src/admin/fields/DuplicateWarning'
import { CustomValuesField as CustomValuesField_134e868dab748b4c45f826506cb478bb } from '../../../../src/admin/fields/CustomValuesField'
import { ListExportButtons as ListExportButtons_b08d0122bca38e678261550553f778b8 } from '../../../../src/admin/listExport/ListExportButtons'
import { PersonalDataActions as PersonalDataActions_31961c57ceb4fe0e0b76abb7fbc41083 } from '../../../../src/admin/personalData/PersonalDataActions'
import { JsonTextField as JsonTextField_ec673df9c55cc95e24db89e09161cc95 } from '../../../../src/admin/fields/JsonTextField'
import { NumberPreview as NumberPreview_8d80f12d1f21ec95d6134c2e77744973 } from '../../../../src/admin/numbering/NumberPreview'
import { TemplateSourceField as TemplateSourceField_0329a9ac5bb6b42c812fcacf7d53860d } from '../../../../src/admin/templateEditor/TemplateSourceField'
import { WorkflowEditorField as WorkflowEditorField_dc1a06cc3e1cc4abbe4060718f488f4e } from '../../../../src/admin/workflowEditor/WorkflowEditorField'
import { EditedWithStages as EditedWithStages_4f4e551ffdc04a515562ec674399d33f } from '../../../../src/admin/workflowEditor/EditedWithStages'
import { PublicFormGuide as PublicFormGuide_f6facebd7a21e70e29abb2f36f4e6b37 } from '../../../../src/admin/publicForms/PublicFormGuide'
import { StepRowLabel as StepRowLabel_c1508221c17d3ee827c712f419cae00e } from '../../../../src/admin/approvals/StepRowLabel'
import { TenantSelector as TenantSelector_629774f767b148a5eb2f5f5f71df8b9e } from '../../../../src/admin/header/TenantSelector'
import { LanguageSwitch as LanguageSwitch_c77d1e139bd54165eb21bd7ef1574a8f } from '../../../../src/admin/header/LanguageSwitch'
import { SessionsNavLink as SessionsNavLink_525a9e94ecfa003c704498f2a4e424eb } from '../../../../src/admin/nav/SessionsNavLink'
import { RecycleBinNavLink as RecycleBinNavLink_f470864b4f65f1e684b146dffd9000c0 } from '../../../../src/admin/nav/RecycleBinNavLink'
import { DesignerNavLink as DesignerNavLink_df0b5f7ab640177326044e0fdd5d71d6 } from '../../../../src/admin/nav/DesignerNavLink'
import { LabsNavLink as LabsNavLink_c98aaf07355e5514d815911fbabb13be } from '../../../../src/admin/nav/LabsNavLink'
import { SessionsView as SessionsView_c35be9e7ee20a62657cf3b3fc3fe6921 } from '../../../../src/admin/sessions/SessionsView'
import { RecycleBinView as RecycleBinView_df5cd90b37bcd983a78c8b7593bb357d } from '../../../../src/admin/recycleBin/RecycleBinView'
import { DesignerView as DesignerView_cb6da5c4caa93ee758bf52a7e68464bc } from '../../../../src/admin/designer/DesignerView'
import { LabsView as LabsView_d4dd53258ede1af6bbe5fef8ef1c9be2 } from '../../../../src/admin/labs/LabsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/fields/DuplicateWarning#DuplicateWarning": DuplicateWarning_6a32ed4acfbf9c5e8aaaf8bee57fa27d,
  "/src/admin/fields/CustomValuesField#CustomValuesField": CustomValuesField_134e868dab748b4c45f826506cb478bb,
  "/src/admin/listExport/ListExportButtons#ListExportButtons": ListExportButtons_b08d0122bca38e678261550553f778b8,
  "/src/admin/personalData/PersonalDataActions#PersonalDataActions": PersonalDataActions_31961c57ceb4fe0e0b76abb7fbc41083,
  "/src/admin/fields/JsonTextField#JsonTextField": JsonTextField_ec673df9c55cc95e24db89e09161cc95,
  "/src/admin/numbering/NumberPreview#NumberPreview": NumberPreview_8d80f12d1f21ec95d6134c2e77744973,
  "/src/admin/templateEditor/TemplateSourceField#TemplateSourceField": TemplateSourceField_0329a9ac5bb6b42c812fcacf7d53860d,
  "/src/admin/workflowEditor/WorkflowEditorField#WorkflowEditorField": WorkflowEditorField_dc1a06cc3e1cc4abbe4060718f488f4e,
  "/src/admin/workflowEditor/EditedWithStages#EditedWithStages": EditedWithStages_4f4e551ffdc04a515562ec674399d33f,
  "/src/admin/publicForms/PublicFormGuide#PublicFormGuide": PublicFormGuide_f6facebd7a21e70e29abb2f36f4e6b37,
  "/src/admin/approvals/StepRowLabel#StepRowLabel": StepRowLabel_c1508221c17d3ee827c712f419cae00e,
  "/src/admin/header/TenantSelector#TenantSelector": TenantSelector_629774f767b148a5eb2f5f5f71df8b9e,
  "/src/admin/header/LanguageSwitch#LanguageSwitch": LanguageSwitch_c77d1e139bd54165eb21bd7ef1574a8f,
  "/src/admin/nav/SessionsNavLink#SessionsNavLink": SessionsNavLink_525a9e94ecfa003c704498f2a4e424eb,
  "/src/admin/nav/RecycleBinNavLink#RecycleBinNavLink": RecycleBinNavLink_f470864b4f65f1e684b146dffd9000c0,
  "/src/admin/nav/DesignerNavLink#DesignerNavLink": DesignerNavLink_df0b5f7ab640177326044e0fdd5d71d6,
  "/src/admin/nav/LabsNavLink#LabsNavLink": LabsNavLink_c98aaf07355e5514d815911fbabb13be,
  "/src/admin/sessions/SessionsView#SessionsView": SessionsView_c35be9e7ee20a62657cf3b3fc3fe6921,
  "/src/admin/recycleBin/RecycleBinView#RecycleBinView": RecycleBinView_df5cd90b37bcd983a78c8b7593bb357d,
  "/src/admin/designer/DesignerView#DesignerView": DesignerView_cb6da5c4caa93ee758bf52a7e68464bc,
  "/src/admin/labs/LabsView#LabsView": LabsView_d4dd53258ede1af6bbe5fef8ef1c9be2,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
