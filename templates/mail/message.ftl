<#ftl output_format="plainText" strip_whitespace=true>
<#-- The monthly email's plain-text body, the alternative to message.ftlh. Fed by view/MailView. -->
<#if mail.greeting?has_content>
${mail.greeting}

</#if>
${mail.siteTitle} – ${mail.slideTitle}
${mail.organisation} · ${mail.reportDate}

${mail.overview.heading}: ${mail.overview.summary}
<#if mail.overview.note?has_content>
${mail.overview.note}
</#if>
<#if mail.attention?has_content>

${mail.overview.attentionHeading}:
<#list mail.attention as item>

* ${item.areaName} – ${item.status.label}<#if item.since?has_content>, ${item.since}</#if>
<#if item.data?has_content>
  ${item.data}
</#if>
  ${item.noteText?replace("\n(?=[^\n])", "\n  ", "r")}
</#list>
</#if>
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
<#if mail.pageUrl?has_content>

Se hele oversigten på intranettet:
${mail.pageUrl}
</#if>

Oversigten er vedhæftet som PDF (${mail.pdfFileName}).
<#if mail.signOff?has_content>

<#list mail.signOff as line>
${line}
</#list>
</#if>
<#if mail.contact?has_content>

${mail.contact}
</#if>
