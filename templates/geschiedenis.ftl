<#-- A place's history: a notice when it has closed or is about to open or close, and its dates and former names. -->
<#macro notice h>
<#if h.notice()??><p class="lead"><strong>${h.notice()}</strong></p></#if>
</#macro>

<#macro facts h>
<#list h.facts() as f><div><dt>${f.term()}</dt><dd>${f.value()}</dd></div></#list>
</#macro>
