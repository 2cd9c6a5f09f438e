<#import "layout.ftl" as l>
<#assign p = page>
<@l.page p>
<#if p.summary()??><p class="lead">${p.summary()}</p></#if>
<div class="prose">
${p.html()?no_esc}
</div>
</@l.page>
