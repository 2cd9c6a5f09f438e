<#-- Buttons to act on a place or organisation: its website, its telephone number, its register entry. -->
<#macro buttons actions>
<#if actions?has_content>
<ul class="acties" aria-label="Contact">
<#list actions as a><li><a class="actie" href="${a.href()}">${a.label()}</a></li></#list>
</ul>
</#if>
</#macro>
