<#ftl output_format="plainText" strip_whitespace=true>
<#-- The monthly email's plain-text body, the alternative to message.ftlh. Fed by view/MailView. -->
${mail.siteTitle} – ${mail.slideTitle}
${mail.organisation} · ${mail.reportDate}
<#if mail.changesHeading?has_content>

${mail.changesHeading}:
<#if mail.changes?has_content>
<#list mail.changes as change>
- ${change.summary}
</#list>
<#else>
Ingen ændringer.
</#if>
</#if>

Dataområder der kræver opmærksomhed:
<#if mail.troubles?has_content>
<#list mail.troubles as trouble>
- ${trouble.areaName}: ${trouble.statusLabel}<#if trouble.since?has_content>, ${trouble.since}</#if><#if trouble.behind?has_content> (${trouble.behind})</#if>
</#list>
<#else>
Alle dataområder kører efter planen.
</#if>
<#if mail.pageUrl?has_content>

Se hele oversigten på intranettet:
${mail.pageUrl}
</#if>

Oversigten er vedhæftet som PDF (${mail.pdfFileName}).
